// An adverb of hearsay inside a clause names no one: its subject is a part of what is reported.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('an adverb of hearsay inside a clause', () => {
  it('credits no one, and its subject with the auxiliary is the first part of the content', () => {
    const [found] = findingsOf('The harbour trust is reportedly selling the old pier to a hotel group.', 'attribution');
    assert.equal(found.speaker, undefined);
    assert.equal(found.cue, 'reportedly');
    assert.deepEqual(found.parts, ['The harbour trust is', 'selling the old pier to a hotel group']);
  });

  it('leaves a word opening the clause out of the subject', () => {
    const found = findingsOf('With the mayor reportedly weighing a run for governor, the council met on Monday.', 'attribution').find((f) => f.cue === 'reportedly');
    assert.deepEqual(found?.parts?.[0], 'the mayor');
  });

  it('keeps the subject as the speaker of a verb of saying after it', () => {
    const [found] = findingsOf('The mayor reportedly told the crews that the pier would close.', 'attribution');
    assert.equal(found.speaker, 'The mayor');
  });
});
