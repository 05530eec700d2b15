// A cue inside a subordinate clause after an opening phrase: the clause's comma ends what was said.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

function content(text: string): string | undefined {
  return findingsOf(text, 'attribution')[0]?.content;
}

describe('a cue in a fronted clause after an opening phrase', () => {
  it('says only what the clause holds when a phrase with no verb stands before it', () => {
    assert.equal(content('Last spring, when the mayor said the pier was safe, the ferry stayed in port.'), 'the pier was safe');
    assert.equal(content('However, while the union says the crews will strike, the timetable has not changed.'), 'the crews will strike');
  });

  it('does so after "and" or "but" joining two clauses', () => {
    assert.equal(content('The harbour is quiet, and while the captain says the sea is calm, no boat has left.'), 'the sea is calm');
  });

  it('leaves a clause that trails a sentence of the writer’s own to run on', () => {
    assert.equal(
      content('The board was meeting on Monday, when the chair announced that fares would rise in May, as the union had feared.'),
      'that fares would rise in May, as the union had feared',
    );
  });
});
