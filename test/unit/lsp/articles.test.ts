import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Articles } from '../../../server/src/lsp/articles';
import { LedgerStore, type LedgerState } from '../../../server/src/ledger/store';

class CountingStore extends LedgerStore {
  loads = 0;
  override load(articlePath: string): Promise<LedgerState> {
    this.loads++;
    return super.load(articlePath);
  }
}

describe('Articles', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'factcheck-articles-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a ledger once when runs overlap while it is first read', async () => {
    const store = new CountingStore();
    const articles = new Articles(store);
    const uri = pathToFileURL(path.join(dir, 'harbour.txt')).href;
    // Sentences written for this test.
    const document = TextDocument.create(uri, 'plaintext', 1, 'The mayor said 40 berths would close 😀.\r\n');
    const [first, second] = await Promise.all([articles.analyse(document), articles.analyse(document)]);
    assert.equal(store.loads, 1);
    assert.equal(first, second);
    assert.ok(first.ledger?.readable);
  });
});
