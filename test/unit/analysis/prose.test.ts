import assert from 'node:assert/strict';
import { extractProse } from '../../../server/src/analysis/prose';
import { splitBlocks } from '../../../server/src/analysis/blocks';

function kept(text: string, format: 'plaintext' | 'markdown' | 'html'): string {
  const prose = extractProse(text, format);
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

  it('HTML: tags, script and style go; block tags break paragraphs', () => {
    const html = '<style>p{}</style><p>One &amp; two.</p><p>Three.</p><script>var s = "<p>";</script>';
    assert.equal(kept(html, 'html'), 'One &amp; two. Three.');
    const prose = extractProse(html, 'html');
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
});
