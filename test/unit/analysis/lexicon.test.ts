// The lexicon matcher on a lexicon written for this test: each field of an entry, one row each.
import assert from 'node:assert/strict';
import { LexiconMatcher, type Lexicon } from '../../../server/src/analysis/lexicons/lexicon';
import { splitSentences } from '../../../server/src/analysis/text/sentences';

const lexicon: Lexicon = {
  about: 'test lexicon',
  entries: [
    { cue: 'probably', example: 'It probably rained.' },
    { cue: 'may or may not|may', lowercase: true, notAfter: '\\d', example: 'It may rain.' },
    { cue: 'believed', before: 'is|are|was|were', after: 'to', example: 'He is believed to be away.' },
    { cue: 'possible', notBefore: 'as', example: 'It is possible.' },
    { cue: 'would', sentence: '\\bif\\b', example: 'If so, it would rain.' },
    { cue: "won't budge", example: 'The clerk won’t budge.' },
  ],
};
const matcher = new LexiconMatcher(lexicon);
const cues = (text: string) => matcher.match(text, splitSentences(text)).map(({ start, end }) => text.slice(start, end));

describe('LexiconMatcher', () => {
  const table: [string, string[]][] = [
    ['It will probably rain.', ['probably']],
    ['PROBABLY not.', ['PROBABLY']],
    ['The probable cause is rust; improbably so.', []],
    // The longest alternative wins, and its words are not matched again.
    ['It may or may not rain.', ['may or may not']],
    // "lowercase": capitalised only as a sentence's first word; "notAfter" rules out "may 5".
    ['May it rain? The fair opens in May. It opens may 5.', ['May']],
    ['He is believed to be away; I believed him; they were believed.', ['believed']],
    ['Come as soon as possible; it is possible.', ['possible']],
    // "sentence": the condition is tested in the cue's own sentence only.
    ['If it rains, we would stay. We would go.', ['would']],
    // Straight and curly apostrophes match alike; white space may be a line break.
    ["The clerk won’t budge and the mayor won't\nbudge.", ['won’t budge', "won't\nbudge"]],
  ];
  for (const [text, expected] of table) it(JSON.stringify(text), () => assert.deepEqual(cues(text), expected));

  it('matches only within the given range', () => {
    const text = 'probably here, probably there';
    assert.deepEqual(matcher.match(text, [], 5).map((match) => match.start), [15]);
  });

  it('refuses a cue that does not start with a letter', () => {
    assert.throws(() => new LexiconMatcher({ about: 'bad', entries: [{ cue: '42', example: '42' }] }));
  });
});
