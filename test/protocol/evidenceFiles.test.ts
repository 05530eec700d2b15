// Evidence that cannot change under the verdict, over stdio: a workspace file attached as a source
// is fingerprinted in the sidecar; replacing it (as the file watcher reports) makes the verdict
// stale naming the file, confirming fingerprints it anew, and deleting it shows it missing.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { sha256Hex } from '../../server/src/evidence/sha256';
import { Scratch } from '../support/scratch';
import { LspSession, textAt } from '../support/lspSession';

const ARTICLE = 'The port handled 2.3 million tonnes last year.\n';
const NOTES = 'Call with the port office: 2.3 million tonnes.\n';
const EDIT = 'factcheck.server.editSlot';
const CHANGED = 1;
const DELETED = 3;

function figureOf(diagnostics: Diagnostic[]): Diagnostic {
  const found = diagnostics.find((d) => d.code === 'statistic' && textAt(ARTICLE, d.range) === '2.3 million');
  assert.ok(found, `no statistic in ${JSON.stringify(diagnostics.map((d) => [d.code, textAt(ARTICLE, d.range)]))}`);
  return found;
}

describe('evidence files over stdio', function () {
  // A server started per test and several round trips through the ledger and the file watcher:
  // on a loaded machine that takes far longer than the suite's default, and nothing here is about speed.
  this.timeout(120_000);
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let file: string;
  let notes: string;
  let uri: string;
  beforeEach(async () => {
    const dir = scratch.dir('factcheck-evidence');
    file = path.join(dir, 'port.txt');
    mkdirSync(path.join(dir, 'notes'));
    notes = path.join(dir, 'notes', 'call.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(notes, NOTES);
    uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
  });
  afterEach(async () => session.stop());

  function sidecarSource(): { source: string; evidence?: { sha256: string; size: number } } {
    const [annotation] = JSON.parse(readFileSync(`${file}.factcheck.json`, 'utf8')).annotations;
    return annotation.body.find((b: { purpose: string }) => b.purpose === 'linking');
  }

  async function fileChanged(type: number): Promise<Diagnostic[]> {
    const published = session.nextDiagnostics(uri);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(notes).href, type }] });
    return (await published).diagnostics;
  }

  it('fingerprints the attached file, goes stale when it is replaced, and holds again once confirmed', async () => {
    const opened = figureOf((await session.open(uri, ARTICLE)).diagnostics);
    const findingId = (opened.data as { findingId: string }).findingId;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'file', target: pathToFileURL(notes).href } }, creator: 'Ana' }]);
    assert.deepEqual(sidecarSource().source, 'notes/call.txt');
    assert.equal(sidecarSource().evidence?.sha256, sha256Hex(NOTES));
    assert.equal(sidecarSource().evidence?.size, Buffer.byteLength(NOTES));
    // The publish the source made may still be on its way: wait for the one the verdict makes.
    const beforeVerdict = session.published.length;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'verified' }, creator: 'Ana' }]);
    const resolved = figureOf((await session.diagnosticsWhere(uri, (d) => d.some((x) => x.code === 'statistic' && /^Resolved/.test(String(x.message))), beforeVerdict)).diagnostics);
    assert.equal(resolved.severity, 3, 'resolved: listed as information');
    assert.match(String(resolved.message), /^Resolved \(verified\)/);

    writeFileSync(notes, 'Call with the port office: 3.2 million tonnes, not 2.3.\n');
    const stale = figureOf(await fileChanged(CHANGED));
    assert.equal(stale.severity, opened.severity);
    assert.match(String(stale.message), /^Stale verdict: verified on notes\/call\.txt, which has changed since the verdict/);
    const hover = (await session.hover(uri, stale.range.start))?.contents as { value: string };
    assert.match(hover.value, /call\.txt.*— \*\*changed since the verdict\*\*/);
    assert.match(hover.value, /command:factcheck\.confirmVerdict/);

    // A publish for the file change may still be on its way: wait for the one the confirmation makes.
    const beforeConfirm = session.published.length;
    await session.executeCommand(EDIT, [{ uri, slotId: (stale.data as { slotId: string }).slotId, edit: { type: 'confirm' }, creator: 'Ben' }]);
    const again = await session.diagnosticsWhere(uri, (d) => d.some((x) => x.code === 'statistic' && /^Resolved \(verified\)/.test(String(x.message))), beforeConfirm);
    assert.match(String(figureOf(again.diagnostics).message), /^Resolved \(verified\)/, 'resolved again');
    assert.equal(sidecarSource().evidence?.sha256, sha256Hex('Call with the port office: 3.2 million tonnes, not 2.3.\n'), 'fingerprinted anew');
  });

  it('shows a deleted evidence file as missing, and the verdict on it as stale', async () => {
    const findingId = (figureOf((await session.open(uri, ARTICLE)).diagnostics).data as { findingId: string }).findingId;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'file', target: pathToFileURL(notes).href } } }]);
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'verified' } }]);
    rmSync(notes);
    const stale = figureOf(await fileChanged(DELETED));
    assert.match(String(stale.message), /^Stale verdict: verified on notes\/call\.txt, which is missing/);
    const hover = (await session.hover(uri, stale.range.start))?.contents as { value: string };
    assert.match(hover.value, /— \*\*file missing\*\*/);
  });
});
