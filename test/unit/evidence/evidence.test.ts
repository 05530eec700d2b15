// Evidence files: fingerprinted when attached or judged on, checked cheaply afterwards, and a
// verdict resting on a file that changed or went missing is stale, naming the file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EvidenceChecker } from '../../../server/src/evidence/evidenceChecker';
import { evidencePath, readFileEvidence } from '../../../server/src/evidence/fileEvidence';
import { withFileEvidence } from '../../../server/src/evidence/recordEvidence';
import { sha256Hex } from '../../../server/src/evidence/sha256';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { withEvidenceChecks } from '../../../server/src/ledger/evidenceStaleness';
import type { Claim, SourceSlot } from '../../../server/src/ledger/slot';

const TEXT = 'Freight rose 14% last year.';

describe('evidence files', () => {
  let folder: string;
  let article: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(tmpdir(), 'factcheck-evidence-'));
    article = path.join(folder, 'story.md');
    await fs.mkdir(path.join(folder, 'notes'));
    await fs.writeFile(path.join(folder, 'notes', 'call.txt'), 'Volumes up 14%.\n');
  });
  afterEach(() => fs.rm(folder, { recursive: true, force: true }));

  async function slotOn(target = 'notes/call.txt'): Promise<SourceSlot> {
    const evidence = await readFileEvidence(evidencePath(article, target));
    const now = '2026-05-01T09:00:00.000Z';
    return { id: 's1', kind: 'statistic', anchor: anchorAt(TEXT, { start: 13, end: 16 }), sources: [{ kind: 'file', target, evidence }], verdict: 'verified', judged: { exact: '14%' }, created: now, modified: now };
  }

  it('fingerprints a file by SHA-256, size and modification time', async () => {
    const file = path.join(folder, 'notes', 'call.txt');
    const evidence = await readFileEvidence(file);
    assert.equal(evidence.sha256, createHash('sha256').update('Volumes up 14%.\n').digest('hex'));
    assert.equal(evidence.sha256, sha256Hex('Volumes up 14%.\n'));
    assert.equal(evidence.size, 16);
    assert.equal(evidence.modified, (await fs.stat(file)).mtime.toISOString());
    await assert.rejects(readFileEvidence(path.join(folder, 'gone.txt')), /ENOENT/);
  });

  it('finds a file unchanged, touched but the same, changed, missing, or never fingerprinted', async () => {
    const slot = await slotOn();
    const checker = new EvidenceChecker();
    assert.deepEqual(await checker.check(article, [slot]), new Map([['s1', [{ target: 'notes/call.txt', state: 'unchanged', sha256: slot.sources[0].evidence!.sha256 }]]]));

    const file = path.join(folder, 'notes', 'call.txt');
    await fs.utimes(file, new Date('2027-01-01'), new Date('2027-01-01'));
    assert.equal((await checker.check(article, [slot])).get('s1')?.[0].state, 'unchanged', 'the same bytes, read again');

    await fs.writeFile(file, 'Volumes up 41%.\n');
    const [changed] = (await checker.check(article, [slot])).get('s1')!;
    assert.deepEqual(changed, { target: 'notes/call.txt', state: 'changed', sha256: sha256Hex('Volumes up 41%.\n') });

    await fs.rm(file);
    assert.deepEqual((await checker.check(article, [slot])).get('s1'), [{ target: 'notes/call.txt', state: 'missing' }]);

    const old = { ...slot, sources: [{ kind: 'file' as const, target: 'notes/other.txt' }] };
    await fs.writeFile(path.join(folder, 'notes', 'other.txt'), 'x');
    assert.deepEqual((await checker.check(article, [old])).get('s1'), [{ target: 'notes/other.txt', state: 'unrecorded' }]);
    assert.equal((await checker.check(article, [{ ...slot, sources: [{ kind: 'url', target: 'https://port.example/' }] }])).size, 0, 'web sources are not files');
  });

  it('trusts a file whose size and modification time still match without reading it', async () => {
    const slot = await slotOn();
    const file = path.join(folder, 'notes', 'call.txt');
    const { mtime } = await fs.stat(file);
    await fs.writeFile(file, 'Volumes up 41%.\n');
    await fs.utimes(file, mtime, mtime);
    assert.equal((await new EvidenceChecker().check(article, [slot])).get('s1')?.[0].state, 'unchanged');
  });

  it('makes a resolved claim on a changed or missing file stale, naming the file; an open one is only flagged', async () => {
    const slot = await slotOn();
    const resolved: Claim = { status: 'resolved', range: { start: 13, end: 16 }, slot };
    const changed = new Map([['s1', [{ target: 'notes/call.txt', state: 'changed' as const, sha256: 'b'.repeat(64) }]]]);
    const [stale] = withEvidenceChecks([resolved], changed);
    assert.equal(stale.status, 'stale');
    assert.deepEqual(stale.stale, { reason: 'source-changed', was: slot.sources[0].evidence!.sha256, now: 'b'.repeat(64), source: 'notes/call.txt' });
    const [gone] = withEvidenceChecks([resolved], new Map([['s1', [{ target: 'notes/call.txt', state: 'missing' as const }]]]));
    assert.equal(gone.stale?.now, 'missing');
    const [open] = withEvidenceChecks([{ ...resolved, status: 'open' }], changed);
    assert.equal(open.status, 'open');
    assert.deepEqual(open.evidence, changed.get('s1'));
    const [fine] = withEvidenceChecks([resolved], new Map([['s1', [{ target: 'notes/call.txt', state: 'unchanged' as const }]]]));
    assert.equal(fine.status, 'resolved');
  });

  it('fingerprints an attached file, and the slot’s files again when a verdict is given or confirmed', async () => {
    const attached = await withFileEvidence({ type: 'addSource', source: { kind: 'file', target: 'notes/call.txt' } }, article, undefined);
    assert.equal(attached.type === 'addSource' && attached.source.evidence?.sha256, sha256Hex('Volumes up 14%.\n'));
    const missing = await withFileEvidence({ type: 'addSource', source: { kind: 'file', target: 'notes/none.txt' } }, article, undefined);
    assert.equal(missing.type === 'addSource' && missing.source.evidence, undefined, 'a missing file gets no fingerprint');

    const slot = await slotOn();
    await fs.writeFile(path.join(folder, 'notes', 'call.txt'), 'Volumes up 41%.\n');
    const confirm = await withFileEvidence({ type: 'confirm' }, article, slot);
    assert.equal(confirm.type === 'confirm' && confirm.evidence?.get('notes/call.txt')?.sha256, sha256Hex('Volumes up 41%.\n'));
    const cleared = await withFileEvidence({ type: 'setVerdict', verdict: undefined }, article, slot);
    assert.deepEqual(cleared, { type: 'setVerdict', verdict: undefined });
  });

  it('never reads a file outside the workspace folder, to attach or to check', async () => {
    const workspace = path.join(folder, 'notes');
    const outside = await withFileEvidence({ type: 'addSource', source: { kind: 'file', target: 'story-notes.txt' } }, path.join(workspace, 'a.md'), undefined, workspace);
    assert.equal(outside.type === 'addSource' && outside.source.evidence, undefined);
    await fs.writeFile(path.join(folder, 'story-notes.txt'), 'outside');
    const escaping = await withFileEvidence({ type: 'addSource', source: { kind: 'file', target: '../story-notes.txt' } }, path.join(workspace, 'a.md'), undefined, workspace);
    assert.equal(escaping.type === 'addSource' && escaping.source.evidence, undefined, 'not fingerprinted: it lies outside');

    const slot = await slotOn();
    const refused = { ...slot, sources: [{ ...slot.sources[0], refused: 'outside the workspace folder' }] };
    assert.equal((await new EvidenceChecker().check(article, [refused])).size, 0);
    const confirm = await withFileEvidence({ type: 'confirm' }, article, refused);
    assert.equal(confirm.type === 'confirm' && confirm.evidence?.size, 0);
  });
});
