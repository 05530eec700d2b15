// A relative pronoun before the speaker is the subject of what was said when that opens on its verb.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

function parts(text: string, cue = 'said'): string[] | undefined {
  return findingsOf(text, 'attribution').find((found) => found.cue === cue)?.parts;
}

describe('a relative pronoun before a speaker, what was said opening on its verb', () => {
  it('takes "that" as a part of the content', () => {
    assert.deepEqual(parts('The crews walked out in a strike that managers said could delay the new ferry.'), ['that', 'could delay the new ferry']);
  });

  it('takes the pronoun whoever speaks', () => {
    assert.deepEqual(parts('The council passed the levy, which even its critics say was fairly set.', 'say'), ['which', 'was fairly set']);
  });

  it('leaves a "that" before a clause with its own subject to the sentence', () => {
    assert.equal(parts('The harbour is so shallow that pilots say ships run aground every week.', 'say'), undefined);
  });
});
