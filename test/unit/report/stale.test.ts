// A stale verdict in the report: its own section with what was judged against what stands now,
// counted apart in the summary, never published as ClaimReview.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { applyEdit } from '../../../server/src/ledger/edit';
import { joinClaims } from '../../../server/src/ledger/join';
import type { SourceSlot } from '../../../server/src/ledger/slot';
import { buildReportModel, renderReport } from '../../../server/src/report';

const JUDGED = 'Visits rose by 18% last year.\n';
const NOW = 'Visits rose by 81% last year.\n';

function verifiedStatistic(): SourceSlot[] {
  const finding = analyze(JUDGED).find((f) => f.kind === 'statistic')!;
  const context = { text: JUDGED, now: '2026-05-01T09:00:00.000Z', creator: 'Ana', newId: () => 'slot-1' };
  const target = { finding: { kind: finding.kind, start: finding.start, end: finding.end } };
  let outcome = applyEdit([], { target, change: { type: 'addSource', source: { kind: 'url', target: 'https://library.example/annual' } } }, context);
  assert.ok(outcome.ok);
  outcome = applyEdit(outcome.slots, { target: { slotId: 'slot-1' }, change: { type: 'setVerdict', verdict: 'verified' } }, context);
  assert.ok(outcome.ok);
  return outcome.slots;
}

describe('stale verdicts in the report', () => {
  const model = buildReportModel([{ path: 'library.txt', text: NOW, format: 'plaintext', claims: joinClaims(NOW, analyze(NOW), verifiedStatistic()) }], {
    generated: '2026-05-02T09:00:00.000Z',
    articles: { 'library.txt': { url: 'https://gazette.example/library' } },
  });
  const entry = model.articles[0].entries.find((e) => e.slotId === 'slot-1')!;

  it('carries the stale status, the judged words and the change in the model', () => {
    assert.equal(entry.status, 'stale');
    assert.deepEqual(entry.stale, { reason: 'claim-changed', was: '18%', now: '81%' });
    assert.deepEqual(entry.judged, { exact: '18%', by: 'Ana', at: '2026-05-01T09:00:00.000Z' });
    assert.equal(model.summary.byStatus.stale, 1);
    assert.equal(model.summary.byStatus.resolved, 0);
  });

  it('gives Markdown a stale section with the message and the changed words', () => {
    const markdown = renderReport(model, 'md');
    const section = markdown.slice(markdown.indexOf('## Stale verdicts (1)'), markdown.indexOf('## Resolved findings'));
    assert.match(section, /- \*\*Status:\*\* Stale verdict/);
    assert.match(section, /- \*\*Stale:\*\* verified as ‘18%’, now ‘81%’/);
    assert.match(section, /- \*\*Changed words:\*\* ~~18~~\*\*81\*\*%/);
  });

  it('gives HTML the change as del and ins, escaped', () => {
    const html = renderReport(model, 'html');
    assert.match(html, /<dd data-field="stale">verified as ‘18%’, now ‘81%’<br><span class="word-diff"><del>18<\/del><ins>81<\/ins>%<\/span><\/dd>/);
  });

  it('publishes no ClaimReview for a stale verdict, as it does for the words it judged', () => {
    assert.equal((JSON.parse(renderReport(model, 'claimreview')) as unknown[]).length, 0);
    const judged = buildReportModel([{ path: 'library.txt', text: JUDGED, format: 'plaintext', claims: joinClaims(JUDGED, analyze(JUDGED), verifiedStatistic()) }], { generated: '2026-05-02T09:00:00.000Z' });
    assert.equal((JSON.parse(renderReport(judged, 'claimreview')) as unknown[]).length, 1);
  });
});
