// After a verb of seeming, "to be …" is the complement even when a "that" follows inside it.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a verb of seeming before "to be" and a later "that"', () => {
  it('takes its subject and the whole infinitive as the content, with no speaker', () => {
    const [found] = findingsOf('The crews appear to be unanimous in their belief that the pier is safe.', 'attribution');
    assert.equal(found.speaker, undefined);
    assert.deepEqual(found.parts, ['The crews', 'to be unanimous in their belief that the pier is safe']);
  });
});
