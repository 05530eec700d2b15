// A paragraph longer than MAX_BLOCK is analysed in pieces; the cuts fall where a reader would
// pause: a sentence's end outside quotation marks, else a line break, else white space.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { MAX_BLOCK } from '../../../server/src/analysis/limits';
import { splitBlocks } from '../../../server/src/analysis/text/blocks';

// Sentences written for this test, none longer than a few dozen words.
const SENTENCES = [
  'The harbour board met on a wet Tuesday to weigh the dredging contract.',
  'Its members read the tender documents line by line.',
  'Mr. Osei asked whether the price had moved since spring.',
  'Nobody in the room could say for sure!',
  'Would the ferries run during the works?',
];

/** Sentences one after another on one line, until `length` characters. */
function paragraph(length: number, extra: (i: number) => string | undefined = () => undefined): string {
  const parts: string[] = [];
  for (let i = 0, total = 0; total < length; i++) {
    const sentence = extra(i) ?? SENTENCES[i % SENTENCES.length];
    parts.push(sentence);
    total += sentence.length + 1;
  }
  return parts.join(' ');
}

/** The pieces of `text` as plain text, or with `lineParagraphs` false as Markdown and HTML read it (a line break ends no paragraph). */
function pieces(text: string, lineParagraphs = true): string[] {
  return splitBlocks(text, lineParagraphs).map((block) => text.slice(block.start, block.end));
}

describe('long paragraphs', () => {
  it('cuts a paragraph longer than the limit after a sentence, into pieces within it', () => {
    const text = paragraph(3 * MAX_BLOCK);
    const cut = pieces(text);
    assert.ok(cut.length >= 3);
    for (const piece of cut) {
      assert.ok(piece.length <= MAX_BLOCK);
      assert.match(piece, /[.!?]$/, piece.slice(-40));
    }
    assert.equal(cut.join(' '), text);
  });

  it('never cuts after an abbreviation such as "Mr." or "U.S."', () => {
    for (const abbreviation of ['Mr.', 'U.S.']) {
      // The last full stop before the limit is the abbreviation's.
      const text = `${paragraph(MAX_BLOCK - 300)} The vote went to ${abbreviation} ${'Osei and the board '.repeat(40)}`;
      const [first] = pieces(text);
      assert.ok(!first.endsWith(abbreviation), first.slice(-30));
      assert.match(first, /[.!?]$/);
    }
  });

  it('keeps a quotation of several sentences whole, and its speaker with it', () => {
    const quotation = '“We checked the soundings twice. The channel is deep enough. The ferries will run,” said harbour master Ines Moreau.';
    // The quotation's first sentence ends just before the limit, its last after it.
    const before = paragraph(MAX_BLOCK - 60);
    const text = `${before} ${quotation} ${paragraph(MAX_BLOCK)}`;
    assert.ok(before.length + 1 + quotation.indexOf('twice.') < MAX_BLOCK && before.length + quotation.length > MAX_BLOCK);
    assert.ok(pieces(text).some((piece) => piece.includes(quotation)), 'the quotation in one piece');
    const quote = analyze(text).find((finding) => finding.kind === 'quote' && text.slice(finding.start, finding.end).startsWith('“We checked'));
    assert.ok(quote, 'the quote found');
    assert.equal(text.slice(quote.speaker!.start, quote.speaker!.end), 'harbour master Ines Moreau');
  });

  it('cuts after a sentence rather than a wrapped line, at a line break when no sentence ends, else at white space', () => {
    // Markdown wraps a paragraph's lines: the last line break before the limit is mid-sentence.
    const wrapped = paragraph(2 * MAX_BLOCK).replace(/(.{70}\S*) /g, '$1\n');
    const markdown = pieces(wrapped, false);
    assert.ok(markdown.length >= 2);
    for (const piece of markdown.slice(0, -1)) assert.match(piece, /[.!?]$/, piece.slice(-40));
    // A quotation opened and never closed: no sentence ends outside it, so the line break.
    const open = `“${paragraph(MAX_BLOCK * 0.7)}\n${paragraph(MAX_BLOCK)}`;
    assert.equal(pieces(open)[0].length, open.indexOf('\n'));
    const words = 'pier levy ferry berth '.repeat(MAX_BLOCK / 10);
    const cut = pieces(words.trim());
    assert.ok(cut.every((piece) => piece.length <= MAX_BLOCK));
    assert.ok(cut.every((piece) => /^(?:pier|levy|ferry|berth)\b/.test(piece) && /\b(?:pier|levy|ferry|berth)$/.test(piece)), 'no word cut in half');
  });
});
