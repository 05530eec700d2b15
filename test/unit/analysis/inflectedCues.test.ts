// Another inflection of a one-word cue form is a candidate when it stands as a verb: "maintains"
// beside a listed "maintained", but not a noun or a modifier of the same stem.
import assert from 'node:assert/strict';
import { cueMatcher, findCues } from '../../../server/src/analysis/lexicons/cues';
import { findingsOf } from './findingsOf';

const matcher = cueMatcher(['maintained', 'pressure', 'detailing', 'appointed', 'defended', 'surprised']);
const candidates = (text: string) => findCues(text, 0, text.length, matcher).map((cue) => text.slice(cue.start, cue.end));

const table: [string, string, string[]][] = [
  ['an -s form after a name', 'Okafor maintains that the pier is safe.', ['maintains']],
  ['an -s form after a pronoun', 'She maintains that the pier is safe.', ['maintains']],
  ['a base form after an auxiliary, which the cue takes in', 'The board would appoint a new harbour master.', ['would appoint']],
  ['a base form after "to" is as often a purpose', 'The crews gathered at the pier to defend the night shift.', []],
  ['a past tense after a noun', 'The ferry crews pressured the council for a new pier.', ['pressured']],
  ['an -s form after an adjective is a noun', 'The harbour has seen heavy pressures on its budget.', []],
  ['a form after a determiner is a noun or its modifier', 'Her detailed notes ran to forty pages.', []],
  ['an -ing form is as often a gerund', 'The mill kept its crews by maintaining the old wage.', []],
  ['a feeling’s other forms are said of what causes it', 'The early vote does not surprise her.', []],
  ['a capital within the sentence is a headline’s title case', 'Harbour Master Defends Night Crossings', []],
];

describe('inflections of cue forms', () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(candidates(text), expected));
  }

  it('a reporting verb in a tense the lexicon does not list is a cue', () => {
    const text = 'Ms Okafor reaffirms that the timetable will not change.';
    assert.deepEqual(findingsOf(text, 'attribution').map((finding) => finding.cue), ['reaffirms']);
  });
});
