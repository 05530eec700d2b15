// A phrase before a described name ("In that winter, Tom Hale, who …, said") is no part of the speaker.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

const said = (text: string) => findingsOf(text, 'attribution').map(({ cue, speaker }) => ({ cue, speaker }));

describe('a phrase before a described name', () => {
  it('leaves the name and its description as the speaker, never the words after the cue', () => {
    assert.deepEqual(said('In that winter, Tom Hale, who ran the kiosk, said the town nearly emptied.'), [
      { cue: 'said', speaker: 'Tom Hale, who ran the kiosk,' },
    ]);
  });

  it('keeps a later verb a cue after a relative clause that holds a cue of its own', () => {
    const seen = said('In that week, Ms. Ortega, who had not endorsed anyone, decided to back the mayor.');
    assert.ok(seen.some((s) => s.cue === 'decided' && s.speaker === 'Ms. Ortega'), JSON.stringify(seen));
  });
});
