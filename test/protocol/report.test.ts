// The report request over stdio: open articles as in the editor, closed ones from disk.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Scratch } from '../support/scratch';
import { LspSession } from '../support/lspSession';

describe('report over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  afterEach(async () => session.stop());

  it('renders the slots recorded in the editor, and closed files from disk', async () => {
    const dir = scratch.dir('factcheck-report-lsp');
    const open = path.join(dir, 'ferry.txt');
    const text = '“Fares will fall by 10%,” said ferry operator Lior Tamm.\n';
    writeFileSync(open, text);
    const closed = path.join(dir, 'tram.md');
    writeFileSync(closed, '# Trams\n\nThe tram line carried 9 million passengers in 2025, the operator said.\n');
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
    const uri = pathToFileURL(open).href;
    const { diagnostics } = await session.open(uri, text);
    const quote = diagnostics.find((d) => d.code === 'quote');
    assert.ok(quote);
    const findingId = (quote.data as { findingId: string }).findingId;
    await session.executeCommand('factcheck.server.editSlot', [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'partly-true' } }]);

    const md = await session.request<{ content: string; problems: string[] }>('factcheck/report', { uris: [uri, pathToFileURL(closed).href, pathToFileURL(path.join(dir, 'gone.txt')).href], format: 'md', checker: 'Desk' });
    assert.match(md.content, /Partly true/i);
    assert.match(md.content, /ferry\\?\.txt/);
    assert.match(md.content, /tram\\?\.md/);
    assert.deepEqual(md.problems, ['gone.txt: cannot read: no such file']);

    const html = await session.request<{ content: string }>('factcheck/report', { uris: [uri], format: 'html', nonce: 'n0nce123' });
    assert.match(html.content, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-n0nce123&#39;/);
    assert.doesNotMatch(html.content, /<script/i);
  });
});
