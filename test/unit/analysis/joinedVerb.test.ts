// After a noun-phrase content, "and" with a past-tense verb and its object is the speaker's next deed.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

function content(text: string, cue: string): string | undefined {
  return findingsOf(text, 'attribution').find((found) => found.cue === cue)?.content;
}

describe('an "and" joining the speaker’s next deed to a noun-phrase content', () => {
  it('ends the content', () => {
    assert.equal(content('The mayor praised the new sea wall and opened the harbour gates to the fishing fleet.', 'praised'), 'the new sea wall');
    assert.equal(content('Ms. Ruiz criticized the toll plan and sent her own proposal to the board.', 'criticized'), 'the toll plan');
  });

  it('leaves a clause its "and"', () => {
    assert.equal(
      content('The mayor said she spoke to the harbour master and asked him to close the pier.', 'said'),
      'she spoke to the harbour master and asked him to close the pier',
    );
  });
});
