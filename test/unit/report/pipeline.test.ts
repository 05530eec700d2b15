// The report on the real pipeline: the detector's findings joined with hand-made slots. Only
// invariants are checked here (the detector's exact findings are its own tests' business).
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { joinClaims } from '../../../server/src/ledger/join';
import type { SourceSlot } from '../../../server/src/ledger/slot';
import { buildReportModel, renderReport } from '../../../server/src/report';
import { all, attr, hasClass, parseHtml, textWithout } from './dom';

const TEXT = [
  '# Tram line delayed again',
  '',
  'The transit authority said the new tram line would open in 2028, three years late.',
  '“We underestimated the ground work,” said Tomas Berg, the project director. “It will be worth it,” he added.',
  '“The depot is ready,” said Eva Lund, “and the trams are 🚋 on their way.”',
  'According to people familiar with the budget, costs have allegedly risen by 40%.',
  'The contractor declined to comment.',
  '',
].join('\r\n');

describe('report on the real pipeline', () => {
  const findings = analyze(TEXT, { format: 'markdown' });
  const first = findings[0];
  const slots: SourceSlot[] = [
    {
      id: 'slot-a',
      kind: first.kind,
      anchor: { exact: TEXT.slice(first.start, first.end), prefix: '', suffix: '', start: first.start, end: first.end },
      sources: [{ kind: 'url', target: 'https://transit.example/press/2026-11' }],
      verdict: 'verified',
      created: '2026-11-20T09:00:00Z',
      modified: '2026-11-20T09:00:00Z',
    },
    {
      id: 'slot-gone',
      kind: 'statistic',
      anchor: { exact: 'a sentence that was cut', prefix: 'before ', suffix: ' after', start: 5000, end: 5023 },
      sources: [],
      created: '2026-11-20T09:00:00Z',
      modified: '2026-11-20T09:00:00Z',
    },
  ];
  const claims = joinClaims(TEXT, findings, slots);
  const model = buildReportModel([{ path: 'tram.md', text: TEXT, format: 'markdown', claims }], { generated: '2026-11-22T08:00:00Z' });
  const entries = model.articles[0].entries;

  it('has one entry per claim, the resolved slot and the orphan among them', () => {
    assert.ok(findings.length > 3, `the detector found ${findings.length} findings`);
    assert.equal(entries.length, claims.length);
    assert.equal(entries.find((entry) => entry.slotId === 'slot-a')?.status, 'resolved');
    assert.equal(entries.at(-1)?.status, 'orphaned');
    assert.equal(model.articles[0].title, 'Tram line delayed again');
  });

  it('reports a quote and its attribution as one entry, an interrupted quote with its parts', () => {
    const quoted = ['Tomas Berg, the project director', 'he', 'Eva Lund'];
    assert.ok(!entries.some((entry) => entry.kind === 'attribution' && quoted.includes(entry.speaker?.text ?? '')), 'no attribution beside its quote');
    const berg = entries.find((entry) => entry.text === '“We underestimated the ground work,”');
    assert.deepEqual([berg?.kind, berg?.cue, berg?.speaker?.text, berg?.parts], ['quote', 'said', 'Tomas Berg, the project director', undefined]);
    const lund = entries.find((entry) => entry.speaker?.text === 'Eva Lund');
    assert.equal(lund?.text, '“The depot is ready,” said Eva Lund, “and the trams are 🚋 on their way.”');
    assert.deepEqual(lund?.parts, ['“The depot is ready,”', '“and the trams are 🚋 on their way.”']);
    assert.match(renderReport(model, 'md'), /The depot is ready/);
  });

  it('renders every format, each parsing back with every entry', () => {
    assert.deepEqual(JSON.parse(renderReport(model, 'json')), model);
    assert.equal(parse(renderReport(model, 'csv'), { bom: true }).length, entries.length + 1);
    assert.equal(JSON.parse(renderReport(model, 'claimreview')).length, 1);
    const page = parseHtml(renderReport(model, 'html'));
    for (const entry of entries.filter((e) => e.start !== undefined)) {
      const covered = all(page, (e) => e.tagName === 'mark' && attr(e, 'data-finding') === String(entry.number)).map((mark) => textWithout(mark, (e) => hasClass(e, 'marker'))).join('');
      assert.equal(covered, entry.text.replace(/\r\n?/g, '\n'), `finding ${entry.number} (${entry.kind})`);
    }
    const markdown = renderReport(model, 'md');
    for (const entry of entries) assert.ok(markdown.includes(`\n### ${entry.number}. `), `entry ${entry.number} in Markdown`);
  });
});
