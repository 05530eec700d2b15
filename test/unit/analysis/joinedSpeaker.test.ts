// A speaker after the comma that closes what was said, joined by "and" or "close to".
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

const speakerOf = (text: string) => findingsOf(text, 'attribution').map(({ cue, speaker, content }) => ({ cue, speaker, content }));

describe('a joined speaker at the end of the sentence', () => {
  it('reads two speakers joined by "and" whole', () => {
    assert.deepEqual(speakerOf('The night ferry will stop in March, the pilot and two deckhands said.'), [
      { cue: 'said', speaker: 'the pilot and two deckhands', content: 'The night ferry will stop in March' },
    ]);
    assert.deepEqual(speakerOf('The levy would be paid by visitors, she and Mr. Odum said in a statement.'), [
      { cue: 'said in a statement', speaker: 'she and Mr. Odum', content: 'The levy would be paid by visitors' },
    ]);
  });

  it('reads "a person close to" whom whole', () => {
    assert.deepEqual(speakerOf('The mayor will not stand again, a person close to her said.'), [
      { cue: 'said', speaker: 'a person close to her', content: 'The mayor will not stand again' },
    ]);
  });

  it('joins nothing where "and" opens a clause or the sentence goes on after the cue', () => {
    assert.deepEqual(speakerOf('The pier shut, as tenants and landlords said.'), []);
    const goesOn = speakerOf('The pier shut, and the mayor said the ferry would still run.');
    assert.ok(!goesOn.some((seen) => seen.speaker?.includes('and')), JSON.stringify(goesOn));
  });
});
