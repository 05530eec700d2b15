import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenArticles } from '../../../server/src/lsp/openArticles';
import { LedgerStore, type LedgerState } from '../../../server/src/ledger/store';

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
});
