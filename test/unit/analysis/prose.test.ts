import assert from 'node:assert/strict';
import { extractProse } from '../../../server/src/analysis/prose/prose';
import { splitBlocks } from '../../../server/src/analysis/text/blocks';

function kept(text: string, format: 'plaintext' | 'markdown' | 'html'): string {
  const prose = extractProse(text, format).text;
  assert.equal(prose.length, text.length, 'offsets stay true');
  return prose.replace(/\s+/g, ' ').trim();
}

describe('extractProse', () => {
  const markdown: [string, string, string][] = [
    ['fenced code', 'Before.\n```js\nconst quote = "x";\n```\nAfter.', 'Before. After.'],
    ['indented code', 'Before.\n\n    code "here"\n\nAfter.', 'Before. After.'],
    ['inline code and link targets', 'See [the filing](https://x.org/a "t") and `a "b"` now.', 'See the filing and now.'],
    ['front matter and headings', '---\ntitle: "T"\n---\n## Heading ##\n> Quoted line', 'Heading Quoted line'],
    ['HTML and comments', 'One <b>bold</b> <!-- note --> word.', 'One bold word.'],
    ['reference definitions and bare URLs', 'Text at https://x.org/y.\n\n[ref]: https://x.org', 'Text at .'],
    ['suppressed region', 'Keep.\n<!-- factcheck off -->\n“Hidden,” he said.\n<!-- factcheck on -->\nAlso keep.', 'Keep. Also keep.'],
  ];
  for (const [name, text, expected] of markdown) {
    it(`Markdown: ${name}`, () => assert.equal(kept(text, 'markdown'), expected));
  }

  it('HTML: tags, script and style go, references are decoded; block tags break paragraphs', () => {
    const html = '<style>p{}</style><p>One &amp; two.</p><p>Three.</p><script>var s = "<p>";</script>';
    const prose = extractProse(html, 'html').text;
    assert.equal(prose.replace(/\s+/g, ' ').trim(), 'One & two. Three.');
    assert.equal(splitBlocks(prose, false).length, 2);
  });

  it('plain text: a [factcheck off] line switches analysis off, CRLF kept', () => {
    assert.equal(kept('A.\r\n[factcheck off]\r\nB.\r\n[factcheck on]\r\nC.', 'plaintext'), 'A. C.');
  });
});

describe('splitBlocks', () => {
  it('plain text: one paragraph a line, but not inside an open quote', () => {
    const text = 'One line.\nTwo line.\n“A quote that\nwraps,” he said.';
    assert.deepEqual(
      splitBlocks(text).map((b) => text.slice(b.start, b.end)),
      ['One line.', 'Two line.', '“A quote that\nwraps,” he said.'],
    );
  });

  it('Markdown: only blank lines end a paragraph', () => {
    const text = 'One line.\nTwo line.\n\nThree.';
    assert.deepEqual(
      splitBlocks(text, false).map((b) => text.slice(b.start, b.end)),
      ['One line.\nTwo line.', 'Three.'],
    );
  });

  it('headings are blocks of their own, marked as headings', () => {
    const shown = (text: string, blocks: { start: number; end: number; heading?: boolean }[]) =>
      blocks.map((b) => `${b.heading ? '# ' : ''}${text.slice(b.start, b.end)}`);
    const table: [text: string, lineParagraphs: boolean, expected: string[]][] = [
      ['Ferry fares frozen 🚢\nThe board met.', true, ['# Ferry fares frozen 🚢', 'The board met.']],
      ['Ferry fares frozen\r\n\r\nThe board met.\r\n\r\n港口 news\r\n\r\nIt rained.', true, ['# Ferry fares frozen', 'The board met.', '# 港口 news', 'It rained.']],
      // A wrapped first line runs on in lower case: no headline.
      ['The board met at the\nharbour office.', true, ['The board met at the\nharbour office.']],
      ['The board said so:\nFares stay.', true, ['The board said so:', 'Fares stay.']],
    ];
    for (const [text, lineParagraphs, expected] of table) assert.deepEqual(shown(text, splitBlocks(text, lineParagraphs)), expected, text);
    const markdown = '  Ferry fares frozen\nThe board met.\nIt rained.';
    assert.deepEqual(shown(markdown, splitBlocks(markdown, false, (start) => start === 0)), ['# Ferry fares frozen', 'The board met.\nIt rained.']);
  });
});
