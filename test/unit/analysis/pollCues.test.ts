// A poll or survey after an opening "In" is the source of what the sentence reports.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';
import { pollCue } from '../../../server/src/analysis/detectors/pollCues';

const cueOf = (text: string) => {
  const cue = pollCue(text, { start: 0, end: text.length });
  return cue && text.slice(cue.start, cue.end);
};

describe('a poll opening the sentence', () => {
  it('is the source, "In" the cue, and what follows the content', () => {
    const seen = findingsOf('In a Harbour Gazette poll released Monday, most residents opposed the new levy.', 'attribution');
    assert.deepEqual(
      seen.map(({ cue, speaker, content, reportedBy }) => ({ cue, speaker, content, reportedBy })),
      [{ cue: 'opposed', speaker: 'most residents', content: 'the new levy', reportedBy: 'In a Harbour Gazette poll released Monday' }],
    );
    assert.equal(cueOf('In the latest county survey, two in three tenants want longer leases.'), 'In');
  });

  it('is no cue before an interview or statement, nor where the poll sits in a clause', () => {
    assert.equal(cueOf('In an interview, the harbour master said the pier would close.'), undefined);
    assert.equal(cueOf('In a memo sent as the polls closed, the agent wrote that turnout was low.'), undefined);
    assert.equal(cueOf('Residents were asked in a poll, and most said no.'), undefined);
  });
});
