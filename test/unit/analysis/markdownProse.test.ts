import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { extractProse, type DocumentFormat } from '../../../server/src/analysis/prose/prose';
import { markdownProse } from '../../../server/src/analysis/prose/markdown';
import type { Finding } from '../../../server/src/analysis/finding';
import { splitBlocks } from '../../../server/src/analysis/text/blocks';

/** The prose's blocks as a reader sees them, headings marked with "# ". */
function blocksOf(markdown: string): string[] {
  const prose = extractProse(markdown, 'markdown');
  const blocks = splitBlocks(prose.text, false, (start) => prose.headings!.some((h) => h.start <= start && start < h.end));
  return blocks.map((b) => `${b.heading ? '# ' : ''}${prose.text.slice(b.start, b.end).replace(/\s+/g, ' ')}`);
}

/** Every span of every finding starts and ends cleanly in the source: not in a reference, a tag or a surrogate pair. */
function assertClean(text: string, findings: Finding[]): void {
  for (const finding of findings) {
    for (const span of [finding, finding.cue, finding.speaker, finding.content]) {
      if (!span) continue;
      for (const edge of [span.start, span.end]) {
        const before = text.slice(0, edge);
        assert.ok(!/&[#A-Za-z0-9]*$/.test(before), `not inside a reference: ${text.slice(span.start, span.end)}`);
        assert.ok(!/[\uD800-\uDBFF]$/.test(before), `not inside a surrogate pair: ${text.slice(span.start, span.end)}`);
      }
    }
  }
}

describe('Markdown prose (CommonMark through micromark)', () => {
  it('decodes references before and inside findings and keeps every range exact in the source', () => {
    const markdown = 'The port&rsquo;s board met on Monday.\n\n&ldquo;Fares stay frozen,&rdquo; said Ms&nbsp;Lee, the board&#x2019;s chair. They cost &#x1F6A2; &pound;48&nbsp;million.\n';
    const prose = extractProse(markdown, 'markdown');
    assert.equal(prose.text.replace(/\s+/g, ' ').trim(), 'The port’s board met on Monday. “Fares stay frozen,” said Ms Lee, the board’s chair. They cost 🚢 £48 million.');
    assert.ok(prose.map, 'references shorten the prose: it comes with its map');
    const findings = analyze(markdown, { format: 'markdown' });
    const quote = findings.find((f) => f.kind === 'quote');
    assert.ok(quote, 'the quote is seen through its references');
    assert.equal(markdown.slice(quote.start, quote.end), '&ldquo;Fares stay frozen,&rdquo;');
    assert.equal(markdown.slice(quote.speaker!.start, quote.speaker!.end), 'Ms&nbsp;Lee, the board&#x2019;s chair');
    assert.deepEqual(findings.filter((f) => f.kind === 'statistic').map((f) => markdown.slice(f.start, f.end)), ['&pound;48&nbsp;million']);
    assertClean(markdown, findings);
  });

  it('keeps a reference the way CommonMark does: literal without its semicolon, and in code', () => {
    const markdown = 'Fish &amp chips &amp; peas, `&ldquo;` and \\&ldquo; too.';
    assert.equal(extractProse(markdown, 'markdown').text.replace(/\s+/g, ' ').trim(), 'Fish &amp chips & peas, and &ldquo; too.');
  });

  it('reads setext and ATX headings as headings, in and out of block quotes', () => {
    assert.deepEqual(blocksOf('Ferry fares frozen\n==================\nThe board met.\n\nWhat comes next\n---\nMore to come.\n\n> ## Quoted heading\n> Quoted text.'), [
      '# Ferry fares frozen',
      'The board met.',
      '# What comes next',
      'More to come.',
      '# Quoted heading',
      'Quoted text.',
    ]);
  });

  it('reads nested lists and block quotes item by item, markers blanked', () => {
    const markdown = '> - “We are ready,” said Ana Ruiz.\n>   - The council said 40 jobs would go.\n>\n> > A nested quote\n> > runs on.\n\nAfter the list:\n1. one item\n2. another';
    assert.deepEqual(blocksOf(markdown), ['“We are ready,” said Ana Ruiz.', 'The council said 40 jobs would go.', 'A nested quote runs on.', 'After the list:', 'one item', 'another']);
    const findings = analyze(markdown, { format: 'markdown' });
    const quote = findings.find((f) => f.kind === 'quote');
    assert.equal(quote && markdown.slice(quote.start, quote.end), '“We are ready,”');
    const figure = findings.find((f) => f.kind === 'statistic');
    assert.equal(figure && markdown.slice(figure.start, figure.end), '40');
  });

  it('skips HTML blocks, code blocks and inline code as markup; keeps link text, drops its target', () => {
    const markdown = '<div class="promo">\n“Buy now,” said nobody.\n</div>\n\n```\n“Code,” said the compiler.\n```\n\n    “Indented,” said the code.\n\nSee [the filing](https://example.invalid/f "Filing") and `“x,” said y` <span>here</span>.';
    assert.equal(extractProse(markdown, 'markdown').text.replace(/\s+/g, ' ').trim(), 'See the filing and here .');
    assert.deepEqual(analyze(markdown, { format: 'markdown' }).filter((f) => f.kind === 'quote'), []);
  });

  it('reads emphasis and links as plain characters in a paragraph of thousands of delimiters (quadratic to resolve)', () => {
    const bomb = `${'*a'.repeat(20_000)}\n\nA *normal* [paragraph](https://example.invalid).`;
    const prose = extractProse(bomb, 'markdown').text;
    assert.equal(prose.length, bomb.length);
    assert.ok(prose.startsWith('*a*a*a'), 'the delimiters stay as written');
    // The guard counts per paragraph: below it, emphasis and links are markup as usual.
    assert.equal(extractProse(`${'*a* '.repeat(100)}\n\nA *normal* [paragraph](https://example.invalid).`, 'markdown').text.replace(/\s+/g, ' ').trim(), `${'a '.repeat(100)}A normal paragraph .`);
  });

  it('skips front matter, YAML or TOML, by the one rule the report uses too', () => {
    for (const front of ['---\ntitle: “Quoted,” said the title\n---\n', '---\ntitle: x\n...\n', '+++\ntitle = "x"\n+++\n']) {
      assert.equal(extractProse(`${front}Body text.`, 'markdown').text.trim(), 'Body text.', front);
    }
  });

  it('maps emoji, CJK and CRLF back to their UTF-16 source offsets', () => {
    const markdown = '# 港口 news 👍🏽\r\n\r\n北京 officials&#8217; 👍🏽 figures:\r\n  unemployment fell to 3.9% in 2024, &ldquo;the lowest,&rdquo; said Li&nbsp;Wei.\r\n';
    const findings = analyze(markdown, { format: 'markdown' });
    assertClean(markdown, findings);
    const percent = findings.find((f) => f.kind === 'statistic' && markdown.slice(f.start, f.end).includes('3.9'));
    assert.equal(percent && markdown.slice(percent.start, percent.end), '3.9%');
    const quote = findings.find((f) => f.kind === 'quote');
    assert.equal(quote && markdown.slice(quote.start, quote.end), '&ldquo;the lowest,&rdquo;');
    assert.equal(quote && markdown.slice(quote.speaker!.start, quote.speaker!.end), 'Li&nbsp;Wei');
    // The same without references: no map, offsets the text's own.
    const plain = '北京 officials’ 👍🏽 figures:\r\n  unemployment fell to “3.9%,” said Li Wei.\r\n';
    assert.equal(extractProse(plain, 'markdown').map, undefined);
    const figure = analyze(plain, { format: 'markdown' }).find((f) => f.kind === 'statistic');
    assert.equal(figure && plain.slice(figure.start, figure.end), '3.9%');
  });

  it('the incremental analyzer gives analyze()’s findings through edits, references or not', () => {
    const versions = [
      'Ferry fares\n===\n\n“Fares stay frozen,” said Ms Lee. They cost £48 million.',
      'Ferry fares\n===\n\n“Fares stay frozen,” said Ms Leex. They cost £48 million.',
      'Ferry fares\n===\n\n&ldquo;Fares stay frozen,&rdquo; said Ms Leex. They cost &pound;48 million.',
      'Ferry fares\n===\n\n&ldquo;Fares stay frozen,&rdquo; said Ms Lee. They cost &pound;48 million.',
      'Ferry fares\n===\n\n“Fares stay frozen,” said Ms Lee. They cost £48 million.',
    ];
    const incremental = new IncrementalAnalyzer('markdown');
    for (const text of versions) assert.deepEqual(incremental.update(text), analyze(text, { format: 'markdown' }));
  });
});

// The same article written three ways, for this test: as plain text, as Markdown (with its
// markup and some references) and as CMS HTML (references for every typographic character).
const PLAIN = `Harbour tunnel plan delayed again

The Kellan harbour tunnel will open two years late, according to a report published by the city auditor on Tuesday.

“We underestimated the ground conditions,” said Marta Ilves, the project’s chief engineer. She added that costs had risen to £310 million.

The contractor allegedly ignored three warnings about the seabed. People familiar with the talks said the city may cancel the contract.

The tunnel is the longest in the region. Its operator could not be reached for comment.`;

const MARKDOWN = `Harbour tunnel plan delayed again
=================================

The Kellan harbour tunnel will open *two years late*, according to [a report](https://example.invalid/audit) published by the city auditor on Tuesday.

&ldquo;We underestimated the ground conditions,&rdquo; said Marta Ilves, the project&rsquo;s chief engineer.
She added that costs had risen to &pound;310&nbsp;million.

> The contractor **allegedly** ignored three warnings about the seabed. People familiar with the talks said the city may cancel the contract.

<!-- editor: check the tunnel length -->

The tunnel is the longest in the region. Its operator could not be reached for comment.
`;

const HTML = `<!doctype html>
<html><head><title>Harbour tunnel</title></head>
<body>
<h1>Harbour tunnel plan delayed again</h1>
<p>The Kellan harbour tunnel will open <em>two years late</em>, according to <a href="https://example.invalid/audit">a report</a> published by the city auditor on Tuesday.</p>
<p>&ldquo;We underestimated the ground conditions,&rdquo; said Marta Ilves, the project&rsquo;s chief engineer. She added that costs had risen to &pound;310&nbsp;million.</p>
<blockquote><p>The contractor <strong>allegedly</strong> ignored three warnings about the seabed. People familiar with the talks said the city may cancel the contract.</p></blockquote>
<p>The tunnel is the longest in the region. Its operator could not be reached for comment.</p>
</body></html>`;

/**
 * A finding as a reader sees it: its kind and the prose of each span (references decoded, markup
 * blanked), white space collapsed and none before punctuation (a blanked "*" or tag leaves one).
 */
function read(text: string, format: DocumentFormat, finding: Finding): string {
  const prose = extractProse(text, format);
  // The first prose offset at or after a source offset: the map runs from prose to source.
  const proseAt = (source: number) => {
    if (!prose.map) return source;
    let low = 0;
    let high = prose.text.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (prose.map.sourceStart(middle) < source) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const words = (span?: { start: number; end: number }) =>
    span ? prose.text.slice(proseAt(span.start), proseAt(span.end)).replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1').trim() : '';
  return [finding.kind, words(finding), words(finding.cue), words(finding.speaker), finding.speaker?.name ?? '', words(finding.content)].join(' | ');
}

describe('One article as plain text, Markdown and HTML', () => {
  it('gives the same findings in all three (kinds and words)', () => {
    const seen = (text: string, format: DocumentFormat) => analyze(text, { format }).map((f) => read(text, format, f));
    const plain = seen(PLAIN, 'plaintext');
    assert.ok(plain.length >= 6, plain.join('\n'));
    for (const kind of ['quote', 'attribution', 'statistic', 'allegation', 'anonymous-source', 'right-of-reply']) {
      assert.ok(plain.some((f) => f.startsWith(`${kind} |`)), `a ${kind} in the sample: ${plain.join('\n')}`);
    }
    assert.deepEqual(seen(MARKDOWN, 'markdown'), plain);
    assert.deepEqual(seen(HTML, 'html'), plain);
  });
});

// Lines of prose and of every construct that can reach across a blank line or change what follows
// (fences, HTML blocks that end at a marker, lists, quotes, definitions), written for this test.
const PIECES = [
  'The mayor said the bridge would reopen.',
  '“We knew,” she said.',
  '',
  '',
  '```',
  '~~~~',
  '    indented code',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<div>',
  '- item said',
  '  continued item',
  '> quoted line',
  'Title',
  '===',
  '---',
  '# Heading',
  '&ldquo;Quoted&rdquo; and &pound;5',
  '[ref]: https://example.invalid',
  'A [ref] and https://example.invalid/x.',
];
const document = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('\n', '\r\n', '\n\n')), { maxLength: 30 }).map((lines) => lines.map(([line, end]) => line + end).join(''));
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 6 }),
  typed: fc.oneof(fc.constantFrom('', 'x', '\n', '\n\n', '```', '<!--', '-->', '&amp;', '  ', '- ', '> ', '</script>', ']: x'), fc.string({ maxLength: 4 })),
});

describe('Markdown prose after an edit', () => {
  it('keeps the parse of every paragraph but the few around an edit', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} said the council, with &ldquo;${i}&rdquo; votes.`);
    const text = `Title\n===\n\n${paragraphs.join('\n\n')}\n`;
    const previous = markdownProse(text);
    assert.equal(previous.chunks.chunks.length, 41, 'the title and each paragraph');
    const edited = text.replace('Paragraph 20 said', 'Paragraph 20\n\n```\ncode\n```\n\nsaid');
    const reused = markdownProse(edited, previous.chunks);
    const fresh = reused.chunks.chunks.filter((chunk) => !previous.chunks.chunks.includes(chunk));
    assert.ok(fresh.length <= 6, `${fresh.length} chunks parsed again`);
    assert.equal(reused.text, markdownProse(edited).text);
  });

  it('parses again only around the change and gives what a whole parse gives', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(document, fc.array(edit, { maxLength: 8 }), (start, edits) => {
        let text = start;
        let previous = markdownProse(text);
        for (const { at, remove, typed } of edits) {
          const offset = Math.floor(at * text.length);
          text = text.slice(0, offset) + typed + text.slice(offset + remove);
          const reused = markdownProse(text, previous.chunks);
          const whole = markdownProse(text);
          assert.equal(reused.text, whole.text);
          assert.deepEqual(reused.headings, whole.headings);
          assert.equal(reused.map === undefined, whole.map === undefined);
          for (let i = 0; i <= whole.text.length; i++) assert.equal(reused.map?.sourceStart(i), whole.map?.sourceStart(i));
          previous = reused;
        }
      }),
      { numRuns: 300 },
    );
  });
});
