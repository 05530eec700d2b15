// A speaker named before a description that holds a cue of its own: the later verb is still a cue.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';
import { nameBeforeDescription } from '../../../server/src/analysis/detectors/describedSpeaker';

describe('a speaker with a description that holds a cue', () => {
  it('credits the name before the description, and keeps both cues', () => {
    const text = 'Ms. Ortega, a ferry captain who described herself as a lifelong Liberal, said she walked out when the mayor mocked the crews.';
    const seen = findingsOf(text, 'attribution').map(({ cue, speaker }) => ({ cue, speaker }));
    assert.deepEqual(seen, [
      { cue: 'said', speaker: 'Ms. Ortega' },
      { cue: 'described', speaker: 'who' },
    ]);
  });

  it('reads the name only when a relative pronoun leads from the description to the earlier cue', () => {
    const block = 'Tom Hale, the harbour clerk who argued with the board, said the fees were fair.';
    const source = { start: 0, end: block.indexOf(', said') };
    const earlierCue = { start: block.indexOf('argued'), end: block.indexOf('argued') + 'argued'.length };
    assert.deepEqual(nameBeforeDescription(block, source, earlierCue), { start: 0, end: 'Tom Hale'.length });
    const clause = 'Residents say the closure has added an hour, the warden said.';
    const say = { start: clause.indexOf('say'), end: clause.indexOf('say') + 3 };
    assert.equal(nameBeforeDescription(clause, { start: 0, end: clause.indexOf(', the') }, say), undefined);
  });
});
