import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resplitBlocks, splitBlocks } from '../../../server/src/analysis/text/blocks';
import { commonPrefixLength, commonSuffixLength } from '../../../server/src/analysis/engine/textChange';

// Pieces that move block boundaries: blank lines (with spaces, CRLF, ideographic space), sentence
// ends, quotes left open or closed, headings (short unpunctuated lines, "#" lines), plain words.
const PIECES = ['Word', 'Port dispute', '# ', '## Title', '#', 'The Harbour Story',  ' ', '\n', '\n\n', ' \n \n', '\r\n', '\r\n\r\n', '.', '!', ':', '"', '“', '”', '’', ')', '\t', '\u3000', 'He said.', '“Yes,” she said.', '😀'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: prose });

describe('resplitBlocks', () => {
  // Markdown headings are read from the text (here the prose itself): "#" at a line's start.
  const headings = (text: string) => (start: number) => /^ {0,3}#{1,6}(?:[ \t]|\r?$)/.test(text.slice(start, start + 8));
  for (const [name, lineParagraphs, withHeadings] of [['plain text', true, false], ['markdown', false, true], ['html', false, false]] as const) {
    it(`gives the blocks splitBlocks gives after any edit (${name})`, () => {
      fc.assert(
        fc.property(prose, fc.array(edit, { maxLength: 8 }), (start, edits) => {
          const headingLine = (text: string) => (withHeadings ? headings(text) : undefined);
          let previous = { prose: start, blocks: splitBlocks(start, lineParagraphs, headingLine(start)) };
          for (const { at, remove, insert } of edits) {
            const offset = Math.floor(at * previous.prose.length);
            const next = previous.prose.slice(0, offset) + insert + previous.prose.slice(offset + remove);
            const head = commonPrefixLength(previous.prose, next);
            const blocks = resplitBlocks(previous, next, head, commonSuffixLength(previous.prose, next, head), lineParagraphs, headingLine(next));
            assert.deepEqual(blocks, splitBlocks(next, lineParagraphs, headingLine(next)));
            previous = { prose: next, blocks };
          }
        }),
        { numRuns: 400 },
      );
    });
  }

  it('keeps the blocks before the edit and moves those after it', () => {
    const before = 'One said.\n\nTwo said.\n\nThree said.\n';
    const after = before.replace('Two', 'Two more');
    const previous = { prose: before, blocks: splitBlocks(before, false) };
    const head = commonPrefixLength(before, after);
    const blocks = resplitBlocks(previous, after, head, commonSuffixLength(before, after, head), false);
    assert.equal(blocks[0], previous.blocks[0]);
    assert.deepEqual(blocks.map((block) => after.slice(block.start, block.end)), ['One said.', 'Two more said.', 'Three said.']);
  });
});
