import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import { LedgerStore } from '../../../server/src/ledger/store';
import type { LedgerEdit } from '../../../server/src/ledger/edit';
import { numberedArticle } from './support/article';

const run = promisify(execFile);

async function readSlots(sidecar: string) {
  const parsed = parseSidecar(await fs.readFile(sidecar, 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n'));
  return parsed.sidecar.slots;
}

function addSource(claim: { start: number; end: number }, target: string): LedgerEdit {
  return { target: { finding: { kind: 'statistic', ...claim } }, change: { type: 'addSource', source: { kind: 'url', target } } };
}

describe('the ledger store', function () {
  this.timeout(30_000);
  let folder: string;
  let article: string;
  let sidecar: string;
  const { text, claims } = numberedArticle(60);

  beforeEach(async () => {
    folder = await fs.mkdtemp(join(tmpdir(), 'factcheck-ledger-'));
    article = join(folder, 'depots.md');
    sidecar = `${article}.factcheck.json`;
    await fs.writeFile(article, text);
  });

  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('tells a reload of its own write from a change made on disk', async () => {
    const store = new LedgerStore({ now: () => new Date('2026-05-01T10:00:00Z'), newId: () => '11111111-2222-4333-8444-555555555555' });
    await store.load(article);
    const result = await store.edit(article, text, addSource(claims[2], 'https://depot.example/2'));
    assert.ok(result.ok);
    assert.equal(await store.load(article), result.state, 'the file holds what the store wrote: the same state');
    const onDisk = await fs.readFile(sidecar, 'utf8');
    await fs.writeFile(sidecar, onDisk.replace('https://depot.example/2', 'https://depot.example/two'));
    const reloaded = await store.load(article);
    assert.notEqual(reloaded, result.state);
    assert.ok(reloaded.readable && reloaded.slots[0].sources[0].target === 'https://depot.example/two');
  });

  it("keeps another tool's keys and a byte order mark through an unrelated write", async () => {
    const store = new LedgerStore();
    assert.ok((await store.edit(article, text, addSource(claims[0], 'https://depot.example/0'))).ok);
    const document = JSON.parse(await fs.readFile(sidecar, 'utf8'));
    document.generator = 'other-annotator 2.1';
    document.annotations[0].rights = 'https://creativecommons.org/licenses/by/4.0/';
    await fs.writeFile(sidecar, `\ufeff${JSON.stringify(document, null, 2)}\n`);
    assert.ok((await store.edit(article, text, addSource(claims[1], 'https://depot.example/1'))).ok);
    const written = await fs.readFile(sidecar, 'utf8');
    assert.equal(written.charCodeAt(0), 0xfeff);
    const after = JSON.parse(written.slice(1));
    assert.equal(after.generator, 'other-annotator 2.1');
    assert.equal(after.annotations.length, 2);
    assert.equal(after.annotations.find((a: { rights?: string }) => a.rights)?.id, document.annotations[0].id);
  });

  it('reads a missing sidecar as an empty ledger and creates it on the first filled slot', async () => {
    const store = new LedgerStore({ now: () => new Date('2026-05-01T10:00:00Z'), newId: () => '11111111-2222-4333-8444-555555555555' });
    assert.deepEqual(await store.load(article), { readable: true, sidecarPath: sidecar, exists: false, slots: [] });
    const result = await store.edit(article, text, addSource(claims[3], 'https://depot.example/3'));
    assert.ok(result.ok);
    assert.equal(result.slot?.id, '11111111-2222-4333-8444-555555555555');
    const written = await fs.readFile(sidecar, 'utf8');
    const document = JSON.parse(written);
    assert.equal(document.article, 'depots.md');
    assert.equal(document.annotations[0].target.source, 'depots.md');
    assert.equal(document.annotations[0].modified, '2026-05-01T10:00:00.000Z');
    assert.deepEqual(store.current(article), result.state);
    assert.deepEqual(await fs.readdir(folder), ['depots.md', 'depots.md.factcheck.json'], 'no temporary or lock file is left behind');
  });

  it('creates no file for an edit that leaves nothing to record', async () => {
    const result = await new LedgerStore().edit(article, text, { target: { finding: { kind: 'statistic', ...claims[0] } }, change: { type: 'reopen' } });
    assert.ok(result.ok);
    await assert.rejects(fs.stat(sidecar), /ENOENT/);
  });

  it('refuses an edit with no target as invalid, before touching the disk', async () => {
    const store = new LedgerStore();
    await store.edit(article, text, addSource(claims[1], 'https://depot.example/1'));
    await store.load(article);
    const before = await fs.readFile(sidecar, 'utf8');
    const refused = await store.edit(article, text, { target: null, change: { type: 'dismiss' } } as unknown as LedgerEdit);
    assert.deepEqual(refused, { ok: false, reason: 'invalid', message: 'The edit names neither a slot nor a finding' });
    assert.equal(await fs.readFile(sidecar, 'utf8'), before);
  });

  it('never overwrites a sidecar it cannot parse, and writes again once it is fixed', async () => {
    const store = new LedgerStore();
    await store.edit(article, text, addSource(claims[1], 'https://depot.example/1'));
    const good = await fs.readFile(sidecar, 'utf8');
    const conflicted = `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> branch\n`;
    await fs.writeFile(sidecar, conflicted);

    const state = await store.load(article);
    assert.equal(state.readable, false);
    const refused = await store.edit(article, text, addSource(claims[2], 'https://depot.example/2'));
    assert.equal(refused.ok, false);
    assert.ok(!refused.ok && refused.reason === 'unreadable' && /merge conflict.*line 1/.test(refused.problems[0].message));
    assert.equal(await fs.readFile(sidecar, 'utf8'), conflicted);

    await fs.writeFile(sidecar, good);
    const accepted = await store.edit(article, text, addSource(claims[2], 'https://depot.example/2'));
    assert.ok(accepted.ok);
    assert.equal((await readSlots(sidecar)).length, 2);
  });

  it('keeps slots written by someone else between its own load and write', async () => {
    const mine = new LedgerStore();
    await mine.load(article);
    await new LedgerStore().edit(article, text, addSource(claims[5], 'https://other.example/5'));
    await mine.edit(article, text, addSource(claims[6], 'https://mine.example/6'));
    assert.deepEqual((await readSlots(sidecar)).map((s) => s.sources[0].target), ['https://other.example/5', 'https://mine.example/6']);
  });

  it('re-anchors every slot to the current text when it writes', async () => {
    const store = new LedgerStore();
    await store.edit(article, text, addSource(claims[10], 'https://depot.example/10'));
    const edited = `Corrections appended below.\n\n${text}`;
    await store.edit(article, edited, addSource({ start: claims[20].start + 29, end: claims[20].end + 29 }, 'https://depot.example/20'));
    const [first] = await readSlots(sidecar);
    assert.equal(first.anchor.start, claims[10].start + 29);
    assert.equal(edited.slice(first.anchor.start, first.anchor.end), text.slice(claims[10].start, claims[10].end));
  });

  it('restores a slot that vanished from disk when the checker acts on it', async () => {
    const store = new LedgerStore();
    const created = await store.edit(article, text, addSource(claims[7], 'https://depot.example/7'));
    assert.ok(created.ok && created.slot);
    await fs.writeFile(sidecar, '{"version": 1, "article": "depots.md", "annotations": []}\n');
    const result = await store.edit(article, text, { target: { slotId: created.slot.id }, change: { type: 'setVerdict', verdict: 'verified' } });
    assert.ok(result.ok);
    const [slot] = await readSlots(sidecar);
    assert.equal(slot.verdict, 'verified');
    assert.equal(slot.sources.length, 1);
  });

  it('serialises many concurrent edits of one store without losing any', async () => {
    const store = new LedgerStore();
    const results = await Promise.all(claims.map((claim, i) => store.edit(article, text, addSource(claim, `https://depot.example/${i}`))));
    assert.ok(results.every((r) => r.ok));
    assert.equal((await readSlots(sidecar)).length, claims.length);
  });

  it('loses nothing when two stores, as two servers, write the same sidecar at once', async () => {
    for (let round = 0; round < 5; round++) {
      await fs.rm(sidecar, { force: true });
      const left = new LedgerStore({ creator: 'left' });
      const right = new LedgerStore({ creator: 'right' });
      // Both also attach a source to the same claims 0..9: one slot each, with both sources.
      await Promise.all([
        ...claims.map((claim, i) => (i % 2 === 0 || i < 10 ? left.edit(article, text, addSource(claim, `https://left.example/${i}`)) : undefined)),
        ...claims.map((claim, i) => (i % 2 === 1 || i < 10 ? right.edit(article, text, addSource(claim, `https://right.example/${i}`)) : undefined)),
      ]);
      const slots = await readSlots(sidecar);
      assert.equal(slots.length, claims.length, `round ${round}`);
      for (const slot of slots.slice(0, 10)) assert.equal(slot.sources.length, 2, `round ${round}: both sources on ${slot.anchor.exact}`);
    }
  });

  it('loses nothing when two processes write the same sidecar at once', async () => {
    const writer = join(__dirname, 'support', 'ledgerWriter.ts');
    const spawnWriter = (first: number, prefix: string) => run(process.execPath, ['--require', 'tsx/cjs', writer, article, String(first), '2', String(claims.length), prefix]);
    await Promise.all([spawnWriter(0, 'even'), spawnWriter(1, 'odd')]);
    const slots = await readSlots(sidecar);
    assert.equal(slots.length, claims.length);
    assert.deepEqual(
      slots.map((s) => s.sources[0].target),
      claims.map((_, i) => `https://${i % 2 === 0 ? 'even' : 'odd'}.example/${i}`),
    );
  });

  it('breaks a lock left by a process that no longer runs', async () => {
    await fs.writeFile(`${sidecar}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
    const result = await new LedgerStore({ lockTimeoutMs: 2000 }).edit(article, text, addSource(claims[0], 'https://depot.example/0'));
    assert.ok(result.ok);
  });

  it('breaks a lock that has been held for longer than any write takes', async () => {
    const lock = `${sidecar}.lock`;
    await fs.writeFile(lock, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }));
    const longAgo = new Date(Date.now() - 60_000);
    await fs.utimes(lock, longAgo, longAgo);
    const result = await new LedgerStore({ lockTimeoutMs: 2000, staleLockMs: 10_000 }).edit(article, text, addSource(claims[0], 'https://depot.example/0'));
    assert.ok(result.ok);
    await assert.rejects(fs.stat(lock), /ENOENT/);
  });

  it('gives up with a clear message while another live process holds the lock', async () => {
    await fs.writeFile(`${sidecar}.lock`, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }));
    const result = await new LedgerStore({ lockTimeoutMs: 100 }).edit(article, text, addSource(claims[0], 'https://depot.example/0'));
    assert.ok(!result.ok && result.reason === 'io' && /held by another process/.test(result.message));
    await assert.rejects(fs.stat(sidecar), /ENOENT/);
  });

  it('breaks a lock whose time lies in the future, and an empty lock left by a kill or a full disk', async () => {
    const lock = `${sidecar}.lock`;
    await fs.writeFile(lock, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }));
    const future = new Date(Date.now() + 24 * 3600_000);
    await fs.utimes(lock, future, future);
    assert.ok((await new LedgerStore({ lockTimeoutMs: 2000 }).edit(article, text, addSource(claims[0], 'https://depot.example/0'))).ok);

    await fs.writeFile(lock, '');
    const aWhileAgo = new Date(Date.now() - 5000);
    await fs.utimes(lock, aWhileAgo, aWhileAgo);
    assert.ok((await new LedgerStore({ lockTimeoutMs: 2000 }).edit(article, text, addSource(claims[1], 'https://depot.example/1'))).ok);
    await assert.rejects(fs.stat(lock), /ENOENT/);
  });

  it('names a folder in the lock\'s place at once instead of waiting on it forever', async () => {
    await fs.mkdir(`${sidecar}.lock`);
    const result = await new LedgerStore({ lockTimeoutMs: 60_000 }).edit(article, text, addSource(claims[0], 'https://depot.example/0'));
    assert.ok(!result.ok && result.reason === 'io');
    assert.match(result.message, /depots\.md\.factcheck\.json\.lock is not a lock file .* remove it by hand/);
  });

  it('says which process holds the lock when waiting runs out', async () => {
    await fs.writeFile(`${sidecar}.lock`, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }));
    const result = await new LedgerStore({ lockTimeoutMs: 100 }).edit(article, text, addSource(claims[0], 'https://depot.example/0'));
    assert.ok(!result.ok && result.reason === 'io');
    assert.match(result.message, new RegExp(`held by another process \\(process ${process.pid} on this machine since \\d{4}-`));
  });

  it('removes the temporary files of killed writers when it next writes', async () => {
    const dead = `${sidecar}.${2 ** 22 + 4321}.0badf00d.tmp`;
    const old = `${sidecar}.${process.ppid}.0123abcd.tmp`;
    const unrelated = join(folder, 'notes.txt.1.0123abcd.tmp');
    for (const file of [dead, old, unrelated]) await fs.writeFile(file, '{"half": ');
    const longAgo = new Date(Date.now() - 60_000);
    await fs.utimes(old, longAgo, longAgo);
    assert.ok((await new LedgerStore().edit(article, text, addSource(claims[0], 'https://depot.example/0'))).ok);
    const left = (await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'));
    assert.deepEqual(left, ['notes.txt.1.0123abcd.tmp']);
  });
});
