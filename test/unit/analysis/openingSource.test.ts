// A source that opens the sentence ("According to the log, …") credits the saying that follows.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a source opening the sentence', () => {
  it('reports the later saying, in one finding', () => {
    const seen = findingsOf('According to the harbour log, Ms. Ortega said the night ferry was late.', 'attribution');
    assert.deepEqual(
      seen.map(({ cue, speaker, content, reportedBy }) => ({ cue, speaker, content, reportedBy })),
      [{ cue: 'said', speaker: 'Ms. Ortega', content: 'the night ferry was late', reportedBy: 'According to the harbour log' }],
    );
  });

  it('credits what follows when no saying does', () => {
    const seen = findingsOf('According to the minutes, the mayor and her deputy asked the clerk to shred the letters.', 'attribution');
    assert.deepEqual(
      seen.map(({ cue, speaker, content }) => ({ cue, speaker, content })),
      [{ cue: 'According to', speaker: 'the minutes', content: 'the mayor and her deputy asked the clerk to shred the letters' }],
    );
  });
});
