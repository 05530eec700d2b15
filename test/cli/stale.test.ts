// `factcheck check` on a verdict whose words changed: JSON says "stale" with what was judged and
// what stands now, the gate stays red until the verdict is confirmed, and a sidecar written
// before judged words were recorded cannot hide a change either.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/engine/analyze';
import { readFileEvidence } from '../../server/src/evidence/fileEvidence';
import { sha256Hex } from '../../server/src/evidence/sha256';
import { anchorAt } from '../../server/src/ledger/anchor';
import { formatSidecar } from '../../server/src/ledger/sidecarFormat';
import { LedgerStore } from '../../server/src/ledger/store';
import { Scratch } from '../support/scratch';

const BIN = path.resolve(__dirname, '../../server/bin/factcheck.js');
const ARTICLE = 'The council will spend £48 million on the harbour, the budget shows.\n';

interface Record {
  kind: string;
  text: string;
  status: string;
  stale?: { reason: string; was: string; now: string; source?: string };
}

function check(file: string, format = 'json') {
  const run = spawnSync(process.execPath, [BIN, 'check', '--format', format, '--fail-on', 'open', file], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout, findings: format === 'json' ? (JSON.parse(run.stdout).files[0].findings as Record[]) : [] };
}

describe('factcheck check on stale verdicts', function () {
  // Several runs of the built CLI per test: slow on a loaded machine, and nothing here is about speed.
  this.timeout(120_000);
  this.timeout(20_000);
  const scratch = new Scratch();
  after(() => scratch.removeAll());

  it('reports a changed figure as stale and fails the gate until the verdict is confirmed', async () => {
    const file = path.join(scratch.dir('factcheck-stale-cli'), 'harbour.txt');
    writeFileSync(file, ARTICLE);
    const store = new LedgerStore({ creator: 'Ana' });
    for (const finding of analyze(ARTICLE)) {
      const target = { finding: { kind: finding.kind, start: finding.start, end: finding.end } };
      assert.ok((await store.edit(file, ARTICLE, { target, change: { type: 'addSource', source: { kind: 'url', target: 'https://council.example/budget' } } })).ok);
      assert.ok((await store.edit(file, ARTICLE, { target, change: { type: 'setVerdict', verdict: 'verified' } })).ok);
    }
    assert.equal(check(file).code, 0, 'every verdict stands');

    const edited = ARTICLE.replace('£48', '£84');
    writeFileSync(file, edited);
    const stale = check(file);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /0 open findings, 2 stale verdicts \(--fail-on open\)/);
    const figure = stale.findings.find((f) => f.kind === 'statistic');
    assert.equal(figure?.status, 'stale');
    assert.deepEqual(figure?.stale, { reason: 'claim-changed', was: '£48 million', now: '£84 million' });
    assert.match(check(file, 'text').stdout, /statistic: .*\(stale verdict: verified as ‘£48 million’, now ‘£84 million’\)/);

    const fresh = new LedgerStore({ creator: 'Ben' });
    const state = await fresh.load(file);
    assert.ok(state.readable);
    for (const slot of state.slots) assert.ok((await fresh.edit(file, edited, { target: { slotId: slot.id }, change: { type: 'confirm' } })).ok);
    const confirmed = check(file);
    assert.equal(confirmed.code, 0, confirmed.stderr);
    assert.ok(confirmed.findings.every((f) => f.status === 'resolved' && f.stale === undefined));
  });

  it('takes an old sidecar’s anchored words as the judged ones, so a later change still shows', () => {
    const file = path.join(scratch.dir('factcheck-stale-old'), 'harbour.txt');
    const [figure] = analyze(ARTICLE).filter((f) => f.kind === 'statistic');
    const now = '2026-01-01T00:00:00.000Z';
    const sidecar = JSON.parse(formatSidecar('harbour.txt', [{ id: 'a1', kind: 'statistic', anchor: anchorAt(ARTICLE, figure), sources: [{ kind: 'url', target: 'https://council.example/budget' }], verdict: 'verified', created: now, modified: now }]));
    assert.ok(!JSON.stringify(sidecar).includes('judgedText'), 'as written before judged words existed');
    writeFileSync(`${file}.factcheck.json`, JSON.stringify(sidecar, null, 2));
    writeFileSync(file, ARTICLE.replace('£48', '£84'));
    const figureRecord = check(file).findings.find((f) => f.kind === 'statistic');
    assert.equal(figureRecord?.status, 'stale');
    assert.deepEqual(figureRecord?.stale, { reason: 'claim-changed', was: '£48 million', now: '£84 million' });
    assert.ok(!readFileSync(`${file}.factcheck.json`, 'utf8').includes('judgedText'), 'check never writes the sidecar');
  });

  it('reports a verdict on an evidence file that was replaced as stale, naming the file', async () => {
    const folder = scratch.dir('factcheck-stale-evidence');
    const file = path.join(folder, 'harbour.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(path.join(folder, 'budget.txt'), 'Harbour: £48 million.\n');
    const [figure] = analyze(ARTICLE).filter((f) => f.kind === 'statistic');
    const target = { finding: { kind: figure.kind, start: figure.start, end: figure.end } };
    const store = new LedgerStore();
    const evidence = await readFileEvidence(path.join(folder, 'budget.txt'));
    assert.ok((await store.edit(file, ARTICLE, { target, change: { type: 'addSource', source: { kind: 'file', target: 'budget.txt', evidence } } })).ok);
    assert.ok((await store.edit(file, ARTICLE, { target, change: { type: 'setVerdict', verdict: 'verified' } })).ok);
    assert.equal(check(file).findings.find((f) => f.kind === 'statistic')?.status, 'resolved');

    writeFileSync(path.join(folder, 'budget.txt'), 'Harbour: £84 million.\n');
    const replaced = check(file);
    assert.equal(replaced.code, 1);
    assert.deepEqual(replaced.findings.find((f) => f.kind === 'statistic')?.stale, { reason: 'source-changed', was: evidence.sha256, now: sha256Hex('Harbour: £84 million.\n'), source: 'budget.txt' });
    assert.match(check(file, 'text').stdout, /\(stale verdict: verified on budget\.txt, which has changed since the verdict\)/);

    rmSync(path.join(folder, 'budget.txt'));
    assert.equal(check(file).findings.find((f) => f.kind === 'statistic')?.stale?.now, 'missing');
  });
});
