import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenArticles } from '../../../server/src/lsp/openArticles';
import { LedgerStore, type LedgerState } from '../../../server/src/ledger/store';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { joinClaims } from '../../../server/src/ledger/join';
import { formatSidecar } from '../../../server/src/ledger/sidecarFormat';
import type { SourceSlot } from '../../../server/src/ledger/slot';

class CountingStore extends LedgerStore {
  loads = 0;
  override load(articlePath: string): Promise<LedgerState> {
    this.loads++;
    return super.load(articlePath);
  }
}

/** Resolves once the event loop has gone round `turns` times. */
async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('OpenArticles', function () {
  // Long articles and generated PDFs: 2.5 s on this 2-core machine under load, past mocha's 2 s default.
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'factcheck-articles-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a ledger once when runs overlap while it is first read', async () => {
    const store = new CountingStore();
    const uri = pathToFileURL(path.join(dir, 'harbour.txt')).href;
    const article = new OpenArticles(store).open(uri);
    // Sentences written for this test.
    const document = TextDocument.create(uri, 'plaintext', 1, 'The mayor said 40 berths would close 😀.\r\n');
    const [first, second] = await Promise.all([article.analyse(document), article.analyse(document)]);
    assert.equal(store.loads, 1);
    assert.equal(first, second);
    assert.ok(first?.ledger?.readable);
  });

  it('analyses a long article in slices, stops when its version is outdated, and reports progress', async () => {
    const uri = pathToFileURL(path.join(dir, 'long.txt')).href;
    const article = new OpenArticles(new CountingStore()).open(uri);
    // Paragraphs written for this test, enough for many slices.
    const text = Array.from({ length: 2000 }, (_, i) => `Harbour master Ines Vale said berth ${i} would close in May.`).join('\n\n');
    const document = TextDocument.create(uri, 'plaintext', 1, text);
    let checks = 0;
    assert.equal(await article.analyse(document, () => ++checks < 2), undefined, 'outdated after its first slice');
    assert.equal(checks, 2);
    const shares: number[] = [];
    const state = await article.analyse(document, () => true, (share) => shares.push(share));
    assert.ok(shares.length > 1 && shares.every((share, i) => i === 0 || share > shares[i - 1]), shares.join(' '));
    assert.equal(state?.findings.filter((finding) => finding.kind === 'attribution').length, 2000);
  });

  it('drops everything an article holds when it closes: its pending run and its ledger', async () => {
    const store = new CountingStore();
    const runs: string[] = [];
    const articles = new OpenArticles(store, undefined, (article) => void runs.push(article.uri));
    const uri = pathToFileURL(path.join(dir, 'quay.txt')).href;
    const article = articles.open(uri);
    await article.analyse(TextDocument.create(uri, 'plaintext', 1, 'Officials said the quay would reopen.\n'));
    assert.ok(store.current(article.articlePath!));
    article.pending.schedule();
    articles.close(uri);
    // A scheduled run starts two turns later: give it more than that.
    await turns(4);
    assert.deepEqual(runs, []);
    assert.equal(articles.get(uri), undefined);
    assert.equal(store.current(article.articlePath!), undefined);
    assert.ok(article.isClosed);
  });

  it('runs a scheduled article once for changes that arrive in a row', async () => {
    const runs: string[] = [];
    const articles = new OpenArticles(new CountingStore(), undefined, (article) => void runs.push(article.uri));
    const article = articles.open('untitled:Untitled-1');
    article.pending.schedule();
    article.pending.schedule();
    await turns(4);
    assert.deepEqual(runs, ['untitled:Untitled-1']);
  });

  describe('a long join with the ledger, a step at a time', () => {
    // Paragraphs written for this test, each finding with a slot: the join of 4,000 slots takes
    // more than a slice, so analyse() pauses in it when only the ledger changed.
    const text = Array.from({ length: 800 }, (_, i) => `Harbour official ${i} said berth ${i} would close in May, “for repairs,” she added.`).join('\n\n');
    const findings = analyze(text);
    const slots = (note: string): SourceSlot[] =>
      findings.map((finding, i) => ({ id: `slot-${i}`, kind: finding.kind, anchor: anchorAt(text, finding), sources: [], note, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' }));

    /** An article analysed with its sidecar, whose sidecar then changed on disk and was read again. */
    async function reloaded(name: string) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      writeFileSync(`${file}.factcheck.json`, formatSidecar(name, slots('first look')));
      const store = new CountingStore();
      const articles = new OpenArticles(store);
      const uri = pathToFileURL(file).href;
      const article = articles.open(uri);
      const document = TextDocument.create(uri, 'plaintext', 1, text);
      const before = await article.analyse(document);
      writeFileSync(`${file}.factcheck.json`, formatSidecar(name, slots('called the office')));
      assert.ok(await articles.reloadLedger(file));
      return { article, document, before: before!, ledger: store.current(file)! };
    }

    /** Every claim of the state has the state's own ledger's slot, and they are the claims a join in one piece gives. */
    function assertWhole(state: { claims: readonly { slot?: SourceSlot }[]; findings: readonly unknown[]; ledger?: LedgerState }, ledger: LedgerState) {
      assert.equal(state.ledger, ledger);
      assert.ok(ledger.readable);
      assert.equal(state.claims.length, ledger.slots.length);
      assert.ok(state.claims.every((claim) => claim.slot?.note === 'called the office'));
      assert.deepEqual(state.claims, joinClaims(text, findings, ledger.slots));
    }

    it('finishes the join under way for a request that needs the state, and the sliced run ends with that state', async () => {
      const { article, document, before, ledger } = await reloaded('read-mid-join.txt');
      assert.notEqual(before.ledger, ledger);
      let pauses = 0;
      let read: unknown;
      const state = await article.analyse(document, () => {
        // Mid-join (only the ledger changed: nothing to analyse), a request reads the state.
        if (pauses++ === 0) read = article.stateOf(document);
        return true;
      });
      assert.ok(pauses > 0, 'the join paused');
      assert.equal(state, read);
      assertWhole(state!, ledger);
    });

    it('never sets the state of a join whose version is outdated; the next version is joined whole', async () => {
      const { article, document, ledger } = await reloaded('outdated-mid-join.txt');
      let pauses = 0;
      const state = await article.analyse(document, () => {
        // Mid-join, a keystroke: the join for version 1 is outdated.
        if (pauses++ === 0) TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
        return document.version === 1;
      });
      assert.equal(state, undefined);
      assert.equal(pauses, 1);
      const next = article.stateOf(document);
      assert.equal(next.version, 2);
      assert.equal(next.ledger, ledger);
      assert.ok(ledger.readable);
      assert.deepEqual(next.claims, joinClaims(document.getText(), next.findings, ledger.slots));
    });
  });
});
