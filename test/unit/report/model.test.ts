import assert from 'node:assert/strict';
import type { Claim } from '../../../server/src/ledger/slot';
import { buildReportModel, REPORT_MODEL_VERSION } from '../../../server/src/report';
import { articleTitle, countWords, LineIndex } from '../../../server/src/report/articleFacts';
import { SAMPLE_METADATA, SAMPLE_TEXT, sampleClaims, sampleModel, spanOf } from './sampleReport';

describe('report model', () => {
  it('describes the article: path, title from the first heading, words, URL and date from the config', () => {
    const model = sampleModel();
    assert.equal(model.report, 'factcheck-report');
    assert.equal(model.version, REPORT_MODEL_VERSION);
    assert.equal(model.generated, '2026-11-22T08:15:00Z');
    assert.equal(model.checker, 'Priya Nair');
    assert.deepEqual(model.organisation, SAMPLE_METADATA.organisation);
    const [article] = model.articles;
    assert.equal(article.path, 'stories/harbour-bridge.md');
    assert.equal(article.title, 'Harbour bridge repairs to cost €48 million, council says');
    assert.equal(article.url, 'https://gazette.example/2026/11/harbour-bridge');
    assert.equal(article.published, '2026-11-22');
    assert.equal(article.text, SAMPLE_TEXT);
    assert.equal(article.entries.length, sampleClaims().length);
  });

  it('numbers entries in text order, outer before inner, orphans last', () => {
    const entries = sampleModel().articles[0].entries;
    assert.deepEqual(entries.map((entry) => entry.number), entries.map((_, index) => index + 1));
    const placed = entries.filter((entry) => entry.status !== 'orphaned');
    for (let i = 1; i < placed.length; i++) {
      const [a, b] = [placed[i - 1], placed[i]];
      assert.ok(a.start! < b.start! || (a.start === b.start && a.end! >= b.end!), `entry ${b.number} out of order`);
    }
    assert.equal(entries.at(-1)?.status, 'orphaned');
    const attribution = entries.find((entry) => entry.kind === 'attribution' && entry.text.startsWith('“We cannot'));
    const quote = entries.find((entry) => entry.kind === 'quote' && entry.text.startsWith('“We cannot'));
    assert.ok(attribution && quote && attribution.number + 1 === quote.number, 'the attribution holding a quote comes just before it');
  });

  it('locates each finding by 1-based line and UTF-16 column through CRLF, emoji and CJK', () => {
    const entries = sampleModel().articles[0].entries;
    const share = entries.find((entry) => entry.text === '12% of ferry passengers');
    assert.deepEqual([share?.line, share?.column], [9, 'Visitors from 東京 made up '.length + 1]);
    const money = entries.find((entry) => entry.kind === 'statistic' && entry.text.startsWith('€48'));
    assert.equal(money?.text, '€48 million 🚧', 'the emoji (two code units) is inside the span whole');
    assert.equal(money?.line, 3);
    const reply = entries.find((entry) => entry.kind === 'right-of-reply');
    assert.equal(reply?.line, 7);
    assert.equal(reply?.column, SAMPLE_TEXT.split('\r\n')[6].indexOf('The firm') + 1);
  });

  it('joins each finding with its slot: cue, speaker and resolved name, content, verdict, sources, note, creator, dates', () => {
    const entry = sampleModel().articles[0].entries.find((e) => e.text.startsWith('“Every week'));
    assert.deepEqual(entry, {
      number: entry?.number,
      status: 'resolved',
      kind: 'quote',
      findingId: entry?.findingId,
      slotId: entry?.slotId,
      start: SAMPLE_TEXT.indexOf('“Every week'),
      end: SAMPLE_TEXT.indexOf('she added.') + 'she added.'.length,
      line: 5,
      column: SAMPLE_TEXT.split('\r\n')[4].indexOf('“Every week') + 1,
      text: '“Every week it is shut costs the port trade,” she added.',
      message: 'A quote to check',
      cue: 'added.',
      speaker: { text: 'she', name: 'Mara Lindqvist' },
      content: 'Every week it is shut costs the port trade',
      contentStart: SAMPLE_TEXT.indexOf('Every week'),
      contentEnd: SAMPLE_TEXT.indexOf(',” she added'),
      verdict: 'verified',
      sources: [{ kind: 'url', target: 'https://example.org/council/minutes?id=7&lang=en', title: 'Council minutes, 12 November', accessed: '2026-11-21T10:00:00Z', excerpt: 'costs the port trade' }],
      note: 'Confirmed by phone, recording on the desk drive.',
      creator: 'Priya Nair',
      created: '2026-11-20T09:00:00Z',
      modified: '2026-11-21T10:30:00Z',
    });
    assert.match(entry?.findingId ?? '', /^quote-/);
    assert.match(entry?.slotId ?? '', /^slot-/);
  });

  it('keeps an orphaned slot with the words it last saw and no place in the text', () => {
    const orphan = sampleModel().articles[0].entries.find((entry) => entry.status === 'orphaned');
    assert.equal(orphan?.text, 'the mayor promised 3 new tunnels');
    assert.equal(orphan?.kind, 'statistic');
    assert.equal(orphan?.verdict, 'unverifiable');
    assert.equal(orphan?.findingId, undefined);
    for (const key of ['start', 'end', 'line', 'column'] as const) assert.ok(!(key in orphan!), `${key} is absent`);
  });

  it('counts every kind against every status, per article and over all articles', () => {
    const model = sampleModel();
    const { summary } = model.articles[0];
    assert.deepEqual(summary.byStatus, { open: 7, stale: 0, resolved: 3, dismissed: 1, orphaned: 1 });
    assert.equal(summary.total, 12);
    assert.deepEqual(summary.byKind.statistic, { open: 1, stale: 0, resolved: 1, dismissed: 0, orphaned: 1, total: 3 });
    assert.deepEqual(summary.byKind.hedge, { open: 0, stale: 0, resolved: 0, dismissed: 0, orphaned: 0, total: 0 });
    const sumOfKinds = Object.values(summary.byKind).reduce((sum, counts) => sum + counts.total, 0);
    assert.equal(sumOfKinds, summary.total);
    assert.deepEqual(model.summary, summary, 'one article: the overall summary is the article’s');
  });

  it('combines several articles into one report, each numbered from 1, with totals over all', () => {
    const second = 'Ticket prices rose 9% this year, the operator said.\n';
    const claims: Claim[] = [{ status: 'open', range: spanOf(second, '9% this year'), finding: { id: 's1', kind: 'statistic', ...spanOf(second, '9% this year'), message: 'Check the figure' } }];
    const model = buildReportModel(
      [
        { path: 'a.md', text: SAMPLE_TEXT, format: 'markdown', claims: sampleClaims() },
        { path: 'b.txt', text: second, format: 'plaintext', claims },
      ],
      { generated: '2026-11-22T08:15:00Z' },
    );
    assert.deepEqual(model.articles.map((article) => article.path), ['a.md', 'b.txt']);
    assert.equal(model.articles[1].entries[0].number, 1);
    assert.equal(model.articles[1].title, 'Ticket prices rose 9% this year, the operator said.');
    assert.equal(model.summary.total, 13);
    assert.equal(model.summary.byKind.statistic.open, 2);
    assert.equal(model.articles[0].url, undefined, 'no config entry for a.md');
    assert.ok(!('checker' in model) && !('organisation' in model));
  });

  it('clamps offsets that run past the text instead of failing', () => {
    const text = 'Short.';
    const model = buildReportModel([{ path: 'x.txt', text, format: 'plaintext', claims: [{ status: 'open', range: { start: 3, end: 99 }, finding: { id: 'f', kind: 'hedge', start: 3, end: 99, cue: { start: -4, end: 2 }, message: 'm' } }] }], { generated: 'g' });
    const [entry] = model.articles[0].entries;
    assert.equal(entry.text, 'rt.');
    assert.equal(entry.cue, 'Sh');
  });

  it('does not take article config from inherited members such as __proto__', () => {
    const model = buildReportModel([{ path: '__proto__', text: 'x', format: 'plaintext', claims: [] }], { generated: 'g', articles: {} });
    assert.equal(model.articles[0].url, undefined);
  });

  it('rejects a slot whose kind or status this build does not know, naming it', () => {
    const [, , withSlot] = sampleClaims();
    const badKind = { ...withSlot, finding: undefined, slot: { ...withSlot.slot!, kind: 'rumour' as never } };
    assert.throws(() => buildReportModel([{ path: 'x', text: SAMPLE_TEXT, format: 'plaintext', claims: [badKind] }], { generated: 'g' }), /unknown kind: "rumour"/);
    const badStatus = { ...withSlot, status: 'pending' as never };
    assert.throws(() => buildReportModel([{ path: 'x', text: SAMPLE_TEXT, format: 'plaintext', claims: [badStatus] }], { generated: 'g' }), /unknown status: "pending"/);
  });

  it('rejects a claim that has neither a finding nor a slot', () => {
    assert.throws(() => buildReportModel([{ path: 'x', text: 'x', format: 'plaintext', claims: [{ status: 'open', range: { start: 0, end: 1 } }] }], { generated: 'g' }), /neither a finding nor a source slot/);
  });
});

describe('article facts', () => {
  it('takes the title from the first Markdown heading, past front matter and code', () => {
    assert.equal(articleTitle('---\ntitle: x\n---\nIntro line\n\n## Ferry *fares* rise ##\n', 'markdown'), 'Ferry fares rise');
    assert.equal(articleTitle('```\n# not a heading\n```\n# Real one\n', 'markdown'), 'Real one');
    assert.equal(articleTitle('Setext title\r\n===\r\n', 'markdown'), 'Setext title');
    assert.equal(articleTitle('\n\nNo heading here.\nSecond line\n', 'markdown'), 'No heading here.');
  });

  it('takes the title from the first HTML heading or <title>, tags stripped and entities decoded', () => {
    assert.equal(articleTitle('<html><head><title>Port &amp; city &#8212; a <b>deal</b></title></head></html>', 'html'), 'Port & city — a deal');
    assert.equal(articleTitle('<p>\n</p>\n<p>First &lt;para&gt;</p>', 'html'), 'First <para>');
  });

  it('takes a short first line of plain text as its title, else the file’s name', () => {
    assert.equal(articleTitle('\n   \n  Budget day  \nmore', 'plaintext', 'desk/budget.txt'), 'Budget day');
    assert.equal(articleTitle('', 'plaintext', 'desk/empty.txt'), 'empty.txt');
    // An article that opens with its first paragraph has no headline to show.
    assert.equal(articleTitle('word '.repeat(100), 'plaintext', 'stories/zoom-spy.txt'), 'zoom-spy.txt');
    assert.equal(articleTitle('word '.repeat(100), 'markdown', 'a\\b.md'), 'b.md');
  });

  it('counts words, CJK included, markup left out', () => {
    assert.equal(countWords('The port’s 2 cranes—old ones.', 'plaintext'), 6);
    assert.equal(countWords('<p>Two <em>words</em></p>', 'html'), 2);
    assert.equal(countWords('# Title\n\nSee [the minutes](https://example.org/a/b).', 'markdown'), 4);
    assert.ok(countWords('東京の港', 'plaintext') >= 2);
  });

  it('finds lines after CRLF, LF and lone CR, columns in UTF-16 code units', () => {
    const text = 'a😀b\r\ncd\ref\ng';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(0), { line: 1, column: 1 });
    assert.deepEqual(lines.positionAt(3), { line: 1, column: 4 }, 'after the two-unit emoji');
    assert.deepEqual(lines.positionAt(text.indexOf('c')), { line: 2, column: 1 });
    assert.deepEqual(lines.positionAt(text.indexOf('e')), { line: 3, column: 1 });
    assert.deepEqual(lines.positionAt(text.indexOf('g')), { line: 4, column: 1 });
  });
});
