import { strict as assert } from 'node:assert';
import { thousands } from '../../../server/src/article/thousands';

describe('thousands', () => {
  it('writes counts as toLocaleString("en") does', () => {
    for (const count of [0, 1, 12, 999, 1_000, 12_345, 999_999, 1_000_000, 9_900_000, 123_456_789, -1_234]) {
      assert.equal(thousands(count), count.toLocaleString('en'));
    }
  });
});
