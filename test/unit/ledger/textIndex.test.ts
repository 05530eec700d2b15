import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextIndex } from '../../../server/src/ledger/textIndex';

function naive(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const TOKENS = ['port', ' ', 'said', '😀', '港口', '“', '”', '\r\n', 'rose 4%', 'a', 'b'];
// Long enough that the index, not a plain scan, answers.
const longText = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 60 }).map((tokens) => {
  const unit = tokens.join('');
  let text = '';
  for (let i = 0; text.length < 20_000; i++) text += `${unit}${i % 3 === 0 ? i : ''}`;
  return text;
});

describe('the text index', () => {
  it('finds every occurrence a scan finds, in text order', () => {
    fc.assert(
      fc.property(longText, fc.nat(), fc.integer({ min: 1, max: 200 }), fc.string(), (text, at, length, random) => {
        const index = new TextIndex(text);
        const start = at % text.length;
        for (const needle of [text.slice(start, start + length), random, `${text.slice(start, start + 9)}x`]) {
          assert.deepEqual(index.find(needle, Number.MAX_SAFE_INTEGER), naive(text, needle));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stops at the limit', () => {
    const text = 'the harbour said. '.repeat(2000);
    assert.deepEqual(new TextIndex(text).find('harbour said', 3), [4, 22, 40]);
  });
});
