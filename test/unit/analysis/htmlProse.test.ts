import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { extractProse } from '../../../server/src/analysis/prose/prose';
import type { Finding } from '../../../server/src/analysis/finding';
import { splitBlocks } from '../../../server/src/analysis/text/blocks';

// What a CMS sends: typographic characters as named or numeric references, paragraphs as <p>.
const REFERENCES: Record<string, string> = {
  '“': '&ldquo;',
  '”': '&rdquo;',
  '‘': '&lsquo;',
  '’': '&rsquo;',
  '£': '&pound;',
  '€': '&#8364;',
  '—': '&mdash;',
  '–': '&#x2013;',
  '&': '&amp;',
  '<': '&lt;',
  'é': '&eacute;',
};

function asCmsHtml(plain: string): string {
  const escaped = (line: string) => [...line].map((c) => REFERENCES[c] ?? c).join('').replace(/(\d) (million|billion|per cent)/g, '$1&nbsp;$2');
  const [headline, ...paragraphs] = plain.split(/\r?\n/).filter((line) => line.trim());
  return `<!doctype html>\r\n<html><head><title>${escaped(headline)}</title><script>var quote = "“Not prose,” he said.";</script></head>\r\n<body>\r\n<h1>${escaped(headline)}</h1>\r\n${paragraphs
    .map((p) => `<p>\r\n  ${escaped(p)}</p>`)
    .join('\r\n<!-- an editor’s note, said nobody -->\r\n')}\r\n</body></html>`;
}

/** A finding as a reader sees it: kind and the words of each span, references decoded, tags gone. */
function read(text: string, format: 'plaintext' | 'html', finding: Finding): string {
  const words = (span?: { start: number; end: number }) => {
    if (!span) return '';
    const slice = text.slice(span.start, span.end);
    return format === 'html' ? extractProse(slice, 'html').text.replace(/\s+/g, ' ').trim() : slice.replace(/\s+/g, ' ').trim();
  };
  return [finding.kind, words(finding), words(finding.cue), words(finding.speaker), finding.speaker?.name ?? '', words(finding.content)].join(' | ');
}

describe('HTML prose', () => {
  it('decodes references and keeps every range exact in the source', () => {
    const html = '<p>&ldquo;Fares stay frozen,&rdquo; said Ms&nbsp;Lee, the board&#x2019;s chair. They cost &#x1F6A2; &pound;48&nbsp;million.</p>';
    const quote = analyze(html, { format: 'html' }).find((finding) => finding.kind === 'quote');
    assert.ok(quote, 'the quote is seen through its references');
    assert.equal(html.slice(quote.start, quote.end), '&ldquo;Fares stay frozen,&rdquo;');
    assert.equal(html.slice(quote.speaker!.start, quote.speaker!.end), 'Ms&nbsp;Lee, the board&#x2019;s chair');
    const money = analyze(html, { format: 'html' }).filter((finding) => finding.kind === 'statistic');
    assert.deepEqual(
      money.map((finding) => html.slice(finding.start, finding.end)),
      ['&pound;48&nbsp;million'],
    );
    assert.equal(extractProse(html, 'html').text.trimEnd(), '“Fares stay frozen,” said Ms Lee, the board’s chair. They cost 🚢 £48 million.');
  });

  it('skips script, style, template and comments; block elements break paragraphs; headings are marked', () => {
    const html = '<style>p{}</style><h2>Port &amp; harbour</h2><p>One &amp; two.</p><div>Three.<br>Four.</div><script>var s = "<p>";</script><template><p>Hidden.</p></template><!-- <p>Gone.</p> -->';
    const prose = extractProse(html, 'html');
    const blocks = splitBlocks(prose.text, false, (start) => prose.headings!.some((h) => h.start <= start && start < h.end));
    assert.deepEqual(
      blocks.map((block) => `${block.heading ? '# ' : ''}${prose.text.slice(block.start, block.end)}`),
      ['# Port & harbour', 'One & two.', 'Three.', 'Four.'],
    );
  });

  it('maps emoji, CJK and CRLF back to their UTF-16 source offsets', () => {
    const html = '<p>北京 officials&#8217; 👍🏽 figures:\r\n  unemployment fell to 3.9% in 2024, &ldquo;the lowest,&rdquo; said Li&nbsp;Wei.</p>';
    for (const finding of analyze(html, { format: 'html' })) {
      for (const span of [finding, finding.cue, finding.speaker, finding.content]) {
        if (!span) continue;
        // A range never cuts a reference, a tag or a surrogate pair.
        const before = html.slice(0, span.start);
        assert.ok(!/&[#A-Za-z0-9]*$/.test(before) && !/<[^>]*$/.test(before), `starts cleanly: ${html.slice(span.start, span.end)}`);
        assert.ok(!/[\uD800-\uDBFF]$/.test(before) && !/[\uD800-\uDBFF]$/.test(html.slice(0, span.end)));
      }
    }
    const percent = analyze(html, { format: 'html' }).find((finding) => finding.kind === 'statistic' && html.slice(finding.start, finding.end).includes('3.9'));
    assert.ok(percent);
    assert.equal(html.slice(percent.start, percent.end), '3.9%');
  });

  it('reads broken UTF-16 (lone surrogates) without throwing, every range still in the source', () => {
    const html = '<p>a\uDE00\uDE00 b\uD800</p><p>Prices rose 14% in \uDC00May, the council said.</p>';
    const prose = extractProse(html, 'html');
    assert.match(prose.text, /^a\uDE00\uDE00 b\uD800\n\nPrices rose 14%/);
    const percent = analyze(html, { format: 'html' }).find((finding) => finding.kind === 'statistic');
    assert.ok(percent);
    assert.equal(html.slice(percent.start, percent.end), '14%');
    assert.doesNotThrow(() => new IncrementalAnalyzer('html').update(html));
  });

  it('finds in an article sent as CMS HTML what it finds in the plain text', () => {
    const plain = readFileSync(path.join(__dirname, '../../../samples/harbour-bridge.txt'), 'utf8');
    const html = asCmsHtml(plain);
    const fromPlain = analyze(plain).map((finding) => read(plain, 'plaintext', finding));
    const fromHtml = analyze(html, { format: 'html' }).map((finding) => read(html, 'html', finding));
    assert.ok(fromPlain.length > 10);
    assert.deepEqual(fromHtml, fromPlain);
  });

  it('gives the incremental engine the findings analyze gives, through edits', () => {
    const plain = readFileSync(path.join(__dirname, '../../../samples/harbour-bridge.txt'), 'utf8');
    const html = asCmsHtml(plain);
    const engine = new IncrementalAnalyzer('html');
    const versions = [html, html.replace('&ldquo;We followed', '&ldquo;We always followed'), html.replace('<p>', '<p>Update: &ldquo;Fine,&rdquo; she said.</p><p>')];
    for (const version of versions) assert.deepEqual(engine.update(version), analyze(version, { format: 'html' }));
  });
});
