// "X is seen as Y": X is what is seen so, a part of the content beside Y, and no speaker.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a passive cue ending on "as"', () => {
  it('takes its subject as the first part of the content', () => {
    const [found] = findingsOf('The harbour master is widely regarded as the most careful pilot on the coast.', 'attribution');
    assert.deepEqual(found.parts, ['The harbour master', 'the most careful pilot on the coast']);
    assert.equal(found.speaker, undefined);
  });
});
