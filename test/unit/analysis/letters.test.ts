import assert from 'node:assert/strict';
import { LETTER_OR_DIGIT } from '../../../server/src/analysis/text/letters';

describe('LETTER_OR_DIGIT', () => {
  it('matches exactly the characters [\\p{L}\\p{N}] matches, in every plane', () => {
    const ours = new RegExp(`^${LETTER_OR_DIGIT}$`, 'u');
    const unicode = /^[\p{L}\p{N}]$/u;
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (ours.test(character) !== unicode.test(character)) differ.push(code.toString(16));
    }
    assert.deepEqual(differ, []);
  });

  it('reads a word with accents, curly apostrophes and digits as one', () => {
    const word = new RegExp(`${LETTER_OR_DIGIT}+(?:['’-]${LETTER_OR_DIGIT}+)*`, 'gu');
    assert.deepEqual('“Zoë’s 2nd café,” said Ødegård.'.match(word), ['Zoë’s', '2nd', 'café', 'said', 'Ødegård']);
  });
});
