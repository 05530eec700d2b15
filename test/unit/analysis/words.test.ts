import assert from 'node:assert/strict';
import words from '../../../server/src/analysis/lexicons/words.json';
import { isTitle, PERSON_PRONOUNS, SUBJECT_PRONOUNS } from '../../../server/src/analysis/lexicons/words';
import { isPerson, isPersonPronoun } from '../../../server/src/analysis/detectors/speakers';

describe('shared word lists', () => {
  it('hold each word once, in lower case', () => {
    for (const [name, list] of Object.entries(words)) {
      if (!Array.isArray(list)) continue;
      assert.deepEqual(list, [...new Set(list)], `${name} repeats a word`);
      for (const word of list) assert.equal(word, word.toLowerCase(), `${name}: ${word}`);
    }
  });

  it('keep titles apart from honorifics, which are titles too', () => {
    assert.deepEqual(words.titles.filter((word) => words.honorifics.includes(word)), []);
    assert.ok(isTitle('Mayor') && isTitle('Dr.') && isTitle('SECRETARY') && !isTitle('Dr..') && !isTitle('Harbour'));
  });

  it('name a person by title or pronoun', () => {
    // Sources written for this test.
    assert.ok(isPerson('Judge in charge') && isPerson('dr. in charge'));
    assert.ok(!isPerson('Harbour in charge'));
    assert.ok(isPersonPronoun('She') && !isPersonPronoun('they'));
    assert.ok([...PERSON_PRONOUNS].every((pronoun) => SUBJECT_PRONOUNS.has(pronoun)));
  });
});
