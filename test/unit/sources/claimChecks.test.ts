import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { anchorAt } from '../../../server/src/ledger/anchor';
import type { Claim, SourceRef } from '../../../server/src/ledger/slot';
import { bestChecks, checkWants } from '../../../server/src/sources/claimChecks';

const TEXT = '“We will review the decision,” said Ada Moss.\n';
const ARTICLE = path.resolve('/news/desk/pier.txt');

function claimWith(sources: SourceRef[]): Claim[] {
  const quote = analyze(TEXT).find((f) => f.kind === 'quote')!;
  const slot = { id: 's1', kind: quote.kind, anchor: anchorAt(TEXT, quote), sources, created: '', modified: '' };
  return [{ status: 'open', range: quote, finding: quote, slot }];
}

describe('which documents a claim is checked against', () => {
  it('a workspace file, by its path from the article’s folder; a web source by its kept copy', () => {
    const wants = checkWants(
      TEXT,
      claimWith([
        { kind: 'file', target: 'docs/statement.pdf' },
        { kind: 'url', target: 'https://example.invalid/release', archive: { cached: '.factcheck/sources/abc.html', sha256: 'abc', retrieved: '', status: 200, contentType: 'text/html' } },
      ]),
      ARTICLE,
    );
    assert.deepEqual(
      wants.map((w) => [w.source, w.path, w.query.kind]),
      [
        ['docs/statement.pdf', path.resolve('/news/desk/docs/statement.pdf'), 'quote'],
        ['https://example.invalid/release', path.resolve('/news/desk/.factcheck/sources/abc.html'), 'quote'],
      ],
    );
  });

  it('never a refused file, a web source with no copy or a copy that is an image', () => {
    const wants = checkWants(
      TEXT,
      claimWith([
        { kind: 'file', target: '../../etc/passwd', refused: 'outside the workspace' },
        { kind: 'url', target: 'https://example.invalid/a', archive: { error: '404', retrieved: '' } },
        { kind: 'url', target: 'https://example.invalid/b', archive: { cached: '.factcheck/sources/b.png', sha256: 'b', retrieved: '', status: 200, contentType: 'image/png' } },
        { kind: 'url', target: 'https://example.invalid/c' },
      ]),
      ARTICLE,
    );
    assert.deepEqual(wants, []);
  });

  it('keeps the best answer of several sources, and a problem as not-found', () => {
    const wants = checkWants(TEXT, claimWith([{ kind: 'file', target: 'a.txt' }, { kind: 'file', target: 'b.txt' }]), ARTICLE);
    const checks = bestChecks(wants, (w) => (w.source === 'a.txt' ? { problem: 'is encrypted' } : { status: 'differs', edits: [], diff: [] }));
    assert.equal([...checks.values()][0].status, 'differs');
    assert.equal([...checks.values()][0].source, 'b.txt');
    const unreadable = bestChecks(wants.slice(0, 1), () => ({ problem: 'is encrypted' }));
    assert.deepEqual({ ...[...unreadable.values()][0], path: undefined }, { status: 'not-found', edits: [], diff: [], source: 'a.txt', path: undefined, problem: 'is encrypted' });
  });
});
