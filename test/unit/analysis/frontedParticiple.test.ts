// A participle opening the sentence is said by the subject after its clause's comma.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

const said = (text: string) => findingsOf(text, 'attribution').map(({ cue, speaker, content }) => ({ cue, speaker, content }));

describe('a participle opening the sentence', () => {
  it('credits what runs to the comma to the subject after it', () => {
    assert.deepEqual(said('Noting that the night ferry had been late all week, Ms. Ortega said the board should resign.'), [
      { cue: 'Noting', speaker: 'Ms. Ortega', content: 'that the night ferry had been late all week' },
      { cue: 'said', speaker: 'Ms. Ortega', content: 'the board should resign' },
    ]);
    assert.deepEqual(said('Pointing to the audit, harbour board officials voted to close the kiosk.')[0], {
      cue: 'Pointing to',
      speaker: 'harbour board officials',
      content: 'the audit',
    });
  });

  it('names no speaker where a clause follows the comma', () => {
    const seen = said('Citing the storm may be easy, but the harbour master kept the pier open.');
    assert.ok(!seen.some((s) => s.cue === 'Citing' && s.speaker), JSON.stringify(seen));
  });
});
