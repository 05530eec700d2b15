// The analysis does work in proportion to the text, whatever the text: hostile input (a cue on
// every line, a quotation never closed, one endless sentence) costs no more per character than a
// short sample of the same input. Steps are counted (analysis/work.ts), never milliseconds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { Work } from '../../../server/src/analysis/work';
import { MAX_BLOCK } from '../../../server/src/analysis/limits';

function stepsFor(text: string, format: 'plaintext' | 'markdown' = 'plaintext'): number {
  const work = new Work();
  analyze(text, { format }, work);
  return work.steps;
}

/** `unit` repeated to about `length` characters. */
function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

// Pieces of news prose and of the worst texts found: cues, speakers, quotation marks of every
// kind, sentence and paragraph ends, figures, lexicon phrases.
const PIECES = [
  'he said', ' said ', 'Jin', '“He said Jin', '“', '”', '"', "''", 'according to ', 'told reporters',
  ', ', '. ', '.', '!', '?', ':', '\n', '\n\n', ' ', 'prices rose 14% and ', '$4.5 billion', 'May 20, 1983',
  'allegedly', 'people familiar with', 'declined to comment', 'Mr ', 'Ms Ito ', 'who said ', 'adding that',
  'The mayor ', 'has also said', 'the', 'A ', '1. ', '—', '(', ')', '#', '*', 'é', '😀',
];

// Two scales: within one paragraph (work quadratic in a paragraph shows there) and over many
// paragraphs (every paragraph and sentence limit reached many times over).
const SCALES = [
  [MAX_BLOCK / 10, MAX_BLOCK * 0.8],
  [2 * MAX_BLOCK, 8 * MAX_BLOCK],
] as const;
// Per character, the larger text may cost this much more than the smaller one (cut points differ).
const GROWTH = 1.25;
// Steps per character no text exceeds: linear, with a fixed constant.
const MAX_STEPS_PER_CHAR = 100;

function assertLinear(unit: string, format: 'plaintext' | 'markdown' = 'plaintext'): void {
  for (const [smallLength, largeLength] of SCALES) {
    const small = repeated(unit, smallLength);
    const large = repeated(unit, largeLength);
    const perCharSmall = stepsFor(small, format) / small.length;
    const perCharLarge = stepsFor(large, format) / large.length;
    const shown = JSON.stringify(unit.slice(0, 80));
    assert.ok(perCharLarge <= GROWTH * perCharSmall + 1, `${shown}: ${perCharSmall.toFixed(1)} steps/char at ${small.length}, ${perCharLarge.toFixed(1)} at ${large.length}`);
    assert.ok(perCharLarge <= MAX_STEPS_PER_CHAR, `${shown}: ${perCharLarge.toFixed(1)} steps/char at ${large.length}`);
  }
}

describe('analysis work stays linear in the text', function () {
  this.timeout(120_000);

  for (const [name, unit] of [
    ['"he said" on every line', 'he said\n'],
    ['an unclosed quotation on every line', '“He said Jin\n'],
    ['one endless sentence of figures', 'prices rose 14% and '],
    ['one endless line with no white space', 'x'],
    ['short quoted sentences with cues', '“a,” he said. '],
    ['colons before quotations', 'Jo Rees: “a” '],
  ] as const) {
    it(`for ${name}`, () => assertLinear(unit));
  }

  it('for generated adversarial texts, plain text and Markdown', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.constantFrom('plaintext' as const, 'markdown' as const), (pieces, format) => {
        assertLinear(pieces.join(''), format);
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
