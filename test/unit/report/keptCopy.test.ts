// The report links a web source's live address and the copy kept in the workspace, or says why
// no copy could be kept; a copy path that is not exactly a kept copy is not shown.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { joinClaims } from '../../../server/src/ledger/join';
import type { SourceRef, SourceSlot } from '../../../server/src/ledger/slot';
import { buildReportModel, renderReport } from '../../../server/src/report';

const TEXT = 'Visits rose by 18% last year.\n';
const SHA = 'e'.repeat(64);

function report(sources: SourceRef[], format: 'md' | 'html'): string {
  const finding = analyze(TEXT).find((f) => f.kind === 'statistic')!;
  const now = '2026-05-01T09:00:00.000Z';
  const slot: SourceSlot = { id: 's1', kind: 'statistic', anchor: anchorAt(TEXT, finding), sources, created: now, modified: now };
  return renderReport(buildReportModel([{ path: 'library.txt', text: TEXT, format: 'plaintext', claims: joinClaims(TEXT, analyze(TEXT), [slot]) }], { generated: now }), format);
}

const live = { kind: 'url' as const, target: 'https://library.example/annual' };
const kept = { ...live, archive: { cached: `.factcheck/sources/${SHA}.html`, sha256: SHA, retrieved: '2026-05-01T09:00:05.000Z', status: 200, contentType: 'text/html' } };
const failed = { ...live, archive: { error: 'the server answered 404 Not Found', retrieved: '2026-05-01T09:00:05.000Z', status: 404 } };

describe('kept copies in the report', () => {
  it('links the live address and the kept copy in Markdown and HTML', () => {
    assert.match(report([kept], 'md'), new RegExp(`\\[https\\\\:.*\\]\\(<https://library.example/annual>\\) — \\[kept copy\\]\\(<\\.factcheck/sources/${SHA}\\.html>\\), retrieved 2026\\\\-05\\\\-01`));
    assert.match(report([kept], 'html'), new RegExp(`href="https://library.example/annual"[^]*<a class="kept-copy" href="\\.factcheck/sources/${SHA}\\.html">kept copy</a>`));
  });

  it('says why no copy was kept', () => {
    assert.match(report([failed], 'md'), /no copy kept \(2026\\-05\\-01T09\\:00\\:05\\.000Z\): the server answered 404 Not Found/);
    assert.match(report([failed], 'html'), /<span class="copy-failed">no copy kept \(2026-05-01T09:00:05.000Z\): the server answered 404 Not Found<\/span>/);
  });

  it('shows no copy whose path is not a kept copy’s', () => {
    const forged = { ...live, archive: { ...kept.archive, cached: 'javascript:alert(1)' } };
    assert.doesNotMatch(report([forged], 'html'), /kept-copy|javascript:alert/);
    assert.doesNotMatch(report([forged], 'md'), /kept copy/);
  });
});
