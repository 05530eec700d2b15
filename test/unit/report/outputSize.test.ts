// Every report format stays within a small multiple of the article: a finding's card shows its own
// words and an excerpt of its sentence, never the whole sentence again. Texts written for this
// test, shaped like issue 14's worst case (one sentence holding thousands of figures) and other
// dense ones. Bytes are counted, not milliseconds.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import type { Claim } from '../../../server/src/ledger/slot';
import { buildReportModel, renderReport, REPORT_FORMATS, type ReportFormat } from '../../../server/src/report';
import { EXCERPT_LIMIT, excerpt } from '../../../server/src/report/excerpt';

/** The findings as claims: open (a first report), or each resolved by a slot with a verdict and a source. */
function claimsOf(text: string, resolved: boolean): Claim[] {
  return analyze(text, { format: 'plaintext' }).map((finding, i) => ({
    status: resolved ? 'resolved' : 'open',
    range: { start: finding.start, end: finding.end },
    finding,
    ...(resolved
      ? {
          slot: {
            id: `slot-${i}`,
            kind: finding.kind,
            anchor: { exact: text.slice(finding.start, finding.end), prefix: '', suffix: '', start: finding.start, end: finding.end },
            sources: [{ kind: 'url', target: 'https://stats.example/release' }],
            verdict: 'verified',
            created: '2026-11-20T09:00:00Z',
            modified: '2026-11-20T09:00:00Z',
          },
        }
      : {}),
  }));
}

function sizes(text: string, resolved = false): { findings: number; bytes: Record<ReportFormat, number> } {
  const claims = claimsOf(text, resolved);
  const model = buildReportModel([{ path: 'dense.txt', text, format: 'plaintext', claims }], { generated: '2026-11-22T08:00:00Z', articles: { 'dense.txt': { url: 'https://news.example/dense' } } });
  const bytes = {} as Record<ReportFormat, number>;
  for (const format of REPORT_FORMATS) bytes[format] = Buffer.byteLength(renderReport(model, format));
  return { findings: claims.length, bytes };
}

// Fixed parts (the HTML's stylesheet, the summary tables, the sign-off) are a few kilobytes.
const FIXED = 16_000;
/** Bytes of report per byte of article, at most: a normal article's report takes 15–30. */
const PER_BYTE = 60;
/** Bytes per finding beyond a few copies of the article: its card, its slot's verdict, source and dates. */
const PER_FINDING = 1_600;

describe('report size on dense text', function () {
  this.timeout(60_000);

  it('stays within a small multiple of one 100 KB sentence of 5,000 figures (issue 14: 500 MB before)', () => {
    const text = `${'prices rose 14% and '.repeat(5_000).trim()}.\n`;
    const { findings, bytes } = sizes(text);
    assert.ok(findings >= 5_000, `${findings} findings`);
    for (const format of REPORT_FORMATS) assert.ok(bytes[format] <= FIXED + PER_BYTE * text.length, `${format}: ${bytes[format]} bytes for ${text.length}`);
  });

  for (const [shape, unit] of [
    ['figures', 'prices rose 14% and '],
    ['cue findings (officials said, allegedly)', 'officials said the mayor allegedly paid £2m and '],
  ]) {
    it(`gives every resolved finding a card of bounded size, whatever its sentence’s length: ${shape}`, () => {
      const text = `${unit.repeat(1_200).trim()}.\n`;
      const { findings, bytes } = sizes(text, true);
      assert.ok(findings >= 1_200, `${findings} findings`);
      for (const format of REPORT_FORMATS) assert.ok(bytes[format] <= FIXED + 4 * text.length + PER_FINDING * findings, `${format}: ${bytes[format]} bytes for ${text.length} and ${findings} findings`);
    });
  }

  it('grows linearly with a sentence of figures: each doubling adds about as much as the last', () => {
    // Under the analysis's sentence limit (2,000 characters), where copying the sentence into each
    // of its findings would make the report grow with the square of the sentence.
    const [b16, b32, b64] = [16, 32, 64].map((n) => sizes(`${'the rate fell 3.5% while '.repeat(n).trim()}.\n`).bytes);
    for (const format of REPORT_FORMATS) assert.ok(b64[format] - b32[format] <= 2.3 * (b32[format] - b16[format]), `${format}: ${b16[format]}, ${b32[format]}, ${b64[format]} bytes`);
  });
});

describe('excerpt', () => {
  const sentence = `${'word '.repeat(200)}the figure 14% ${'more '.repeat(200)}`.trim();
  const claim = { start: 0, end: sentence.length };
  const figure = { start: sentence.indexOf('14%'), end: sentence.indexOf('14%') + 3 };

  it('gives a sentence-sized claim whole', () => {
    const short = 'Prices rose 14% in May.';
    assert.equal(excerpt(short, { start: 0, end: short.length }, { start: 12, end: 15 }), short);
  });

  it('cuts a long claim around the finding’s words, at white space, with an ellipsis at each cut', () => {
    const shown = excerpt(sentence, claim, figure);
    assert.ok(shown.includes('the figure 14%'));
    assert.ok(shown.length <= EXCERPT_LIMIT + 2, `${shown.length} characters`);
    assert.match(shown, /^…word /);
    assert.match(shown, / more…$/);
  });

  it('keeps to the claim’s start or end when the words are there', () => {
    const first = excerpt(sentence, claim, { start: 0, end: 4 });
    assert.ok(first.startsWith('word word') && first.endsWith('…'));
    const last = excerpt(sentence, claim, { start: sentence.length - 4, end: sentence.length });
    assert.ok(last.startsWith('…') && last.endsWith('more more'));
  });

  it('never splits an emoji written as two code units', () => {
    const emoji = '🚧'.repeat(400);
    const shown = excerpt(emoji, { start: 0, end: emoji.length }, { start: 400, end: 402 });
    assert.doesNotMatch(shown.replace(/…/g, ''), /^[\udc00-\udfff]|[\ud800-\udbff]$/);
    assert.ok(shown.length <= EXCERPT_LIMIT + 4);
  });
});
