// A noun phrase right before the speaker, with no relative pronoun, is the object of the cue's verb.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

function said(text: string, cue: string) {
  return findingsOf(text, 'attribution').find((found) => found.cue === cue);
}

describe('a noun phrase right before the speaker', () => {
  it('is the content, and a phrase of when or where after the cue is not', () => {
    const found = said('The mayor asked for more ferries, a plan the council rejected at its meeting.', 'rejected');
    assert.equal(found?.content, 'a plan');
    assert.equal(found?.speaker, 'the council');
  });

  it('is split off the words read as the speaker', () => {
    const found = said('The port raised the mooring fees, something she opposed as a harbour master.', 'opposed');
    assert.equal(found?.content, 'something');
    assert.equal(found?.speaker, 'she');
  });

  it('keeps what follows the cue when that says more', () => {
    const found = said('The crews voted for a strike, a step they believe will force new talks.', 'believe');
    assert.deepEqual(found?.parts, ['a step', 'will force new talks']);
  });

  it('is not a phrase of time or place opening the sentence', () => {
    const found = said('In the interview she said the pier would close.', 'said');
    assert.equal(found?.content, 'the pier would close');
  });
});
