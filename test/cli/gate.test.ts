// `factcheck check --fail-on open`: the publish gate stays red while anything is open or orphaned
// and turns green once every finding is resolved or dismissed in the ledger.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchorAt } from '../../server/src/ledger/anchor';
import { formatSidecar } from '../../server/src/ledger/sidecarFormat';
import type { SourceSlot } from '../../server/src/ledger/slot';
import type { FindingKind } from '../../server/src/analysis/finding';
import { Scratch } from '../support/scratch';

const BIN = path.resolve(__dirname, '../../server/bin/factcheck.js');
const NOW = '2026-11-28T10:00:00.000Z';

function gate(file: string) {
  const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--fail-on', 'open', file], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr, findings: JSON.parse(run.stdout).files[0].findings as { kind: FindingKind; start: number; end: number; status: string }[] };
}

function slot(text: string, finding: { kind: FindingKind; start: number; end: number }, i: number, resolved: boolean): SourceSlot {
  const base = { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, kind: finding.kind, anchor: anchorAt(text, finding), created: NOW, modified: NOW };
  return resolved
    ? { ...base, sources: [{ kind: 'url', target: 'https://example.org/record', accessed: NOW }], verdict: 'verified' }
    : { ...base, sources: [], dismissed: true };
}

describe('factcheck check --fail-on open', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());

  it('fails while findings are open, passes when all are resolved or dismissed, fails again on an orphan', () => {
    const file = path.join(scratch.dir('factcheck-gate'), 'library.txt');
    writeFileSync(file, '“The library will open on Sundays from March,” said council leader Ines Moreau.\n\nVisits rose by 18% last year.\n');
    const before = gate(file);
    assert.equal(before.code, 1);
    assert.match(before.stderr, /open finding/);
    assert.ok(before.findings.length >= 2);

    const text = readFileSync(file, 'utf8');
    const slots = before.findings.map((f, i) => slot(text, f, i, i % 2 === 0));
    writeFileSync(`${file}.factcheck.json`, formatSidecar('library.txt', slots));
    const after = gate(file);
    assert.equal(after.code, 0, after.stderr);
    assert.ok(after.findings.every((f) => f.status === 'resolved' || f.status === 'dismissed'));

    writeFileSync(file, 'The library story was withdrawn.\n');
    const orphaned = gate(file);
    assert.equal(orphaned.code, 1);
    assert.match(orphaned.stderr, /orphaned source slot/);
  });
});
