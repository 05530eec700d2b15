// Resolving claims over stdio, end to end: code actions, the editSlot command, the sidecar on
// disk, republished diagnostics, outside edits of the sidecar, and a malformed sidecar.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Scratch } from '../support/scratch';
import { LspSession, textAt, OFFLINE_SETTINGS } from '../support/lspSession';

const ARTICLE = '“The pier will reopen in June,” said Mayor Ilse Varga.\n\nThe weather was fine that morning.\n';
const EDIT = 'factcheck.server.editSlot';

function quoteOf(diagnostics: Diagnostic[]): Diagnostic {
  const quote = diagnostics.find((d) => d.code === 'quote');
  assert.ok(quote, `no quote in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  return quote;
}

describe('source slots over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let dir: string;
  let file: string;
  let uri: string;
  beforeEach(async () => {
    dir = scratch.dir('factcheck-slots');
    file = path.join(dir, 'pier.txt');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
  });
  afterEach(async () => session.stop());

  it('offers the quick fixes on a finding, each calling an extension command', async () => {
    const { diagnostics } = await session.open(uri, ARTICLE);
    const quote = quoteOf(diagnostics);
    const actions = await session.codeActions(uri, quote.range, [quote]);
    const forQuote = actions.filter((a) => a.title.includes('quote'));
    assert.deepEqual(
      forQuote.map((a) => a.command?.command),
      ['factcheck.attachSource', 'factcheck.setVerdict', 'factcheck.addNote', 'factcheck.dismiss'],
    );
    assert.deepEqual(forQuote[0].diagnostics, [quote]);
    assert.deepEqual(forQuote[0].command?.arguments, [{ uri, findingId: (quote.data as { findingId: string }).findingId }]);
  });

  it('resolves a claim with a source and a verdict, writes the sidecar, and shows it in the hover', async () => {
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (quoteOf(diagnostics).data as { findingId: string }).findingId;
    let published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'url', target: 'https://example.org/council/minutes-0612', title: 'Council minutes' } }, creator: 'Sam Checker' }]);
    let quote = quoteOf((await published).diagnostics);
    assert.equal(quote.severity, 3, 'still open with a source but no verdict: a quote is information');
    assert.doesNotMatch(String(quote.message), /^Resolved/);
    const slotId = (quote.data as { slotId: string }).slotId;
    assert.ok(slotId);
    published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ uri, findingId, slotId, edit: { type: 'setVerdict', verdict: 'verified' }, creator: 'Sam Checker' }]);
    quote = quoteOf((await published).diagnostics);
    assert.equal(quote.severity, 3, 'resolved findings stay listed, as information, by default');
    assert.match(String(quote.message), /^Resolved \(verified\)/);

    const sidecar = JSON.parse(readFileSync(`${file}.factcheck.json`, 'utf8'));
    assert.equal(sidecar.annotations.length, 1);
    const annotation = sidecar.annotations[0];
    assert.equal(annotation.type, 'Annotation');
    assert.equal(annotation.target.source, 'pier.txt');
    const quoteSelector = annotation.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    assert.equal(quoteSelector.exact, textAt(ARTICLE, quote.range));
    assert.equal(annotation.creator.name ?? annotation.creator, 'Sam Checker');

    const hover = await session.hover(uri, { line: 0, character: 3 });
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /^\*\*Resolved: Verified\*\* · Quote attributed to/);
    assert.match(value, /\[Council minutes\]\(https:\/\/example\.org\/council\/minutes-0612\)/);
    assert.match(value, /by Sam Checker/);
    assert.doesNotMatch(value, /\d{4}-\d{2}-\d{2}T/, 'dates as words, not ISO');
  });

  it('hides a dismissed finding and brings it back on reopen', async () => {
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (quoteOf(diagnostics).data as { findingId: string }).findingId;
    let published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'dismiss' } }]);
    assert.equal((await published).diagnostics.filter((d) => d.code === 'quote').length, 0);
    const actions = await session.codeActions(uri, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } });
    const reopen = actions.find((a) => a.command?.command === 'factcheck.reopen');
    assert.ok(reopen, 'a dismissed finding can be reopened from a quick fix');
    published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [reopen.command!.arguments![0] && { ...(reopen.command!.arguments![0] as object), edit: { type: 'reopen' } }]);
    quoteOf((await published).diagnostics);
  });

  it('keeps the slot on its claim when text is inserted above, and orphans it when the claim is deleted', async () => {
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (quoteOf(diagnostics).data as { findingId: string }).findingId;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'setNote', note: 'Asked the mayor’s office on Monday.' } }]);
    const moved = await session.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'UPDATE 🚧 港口:\n\n' }]);
    const quote = quoteOf(moved.diagnostics);
    assert.equal(quote.range.start.line, 2);
    assert.ok((quote.data as { slotId?: string }).slotId, 'the slot followed its claim');
    const gone = await session.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' }]);
    const orphan = gone.diagnostics.find((d) => d.code === 'orphaned-slot');
    assert.ok(orphan, 'the slot is kept and reported as orphaned');
    assert.deepEqual(orphan.range.start, { line: 0, character: 0 });
  });

  it('reloads the sidecar when it changes on disk', async () => {
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (quoteOf(diagnostics).data as { findingId: string }).findingId;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'false' } }]);
    const sidecarPath = `${file}.factcheck.json`;
    const sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8'));
    const verdictBody = sidecar.annotations[0].body.find((b: { purpose?: string }) => b.purpose === 'assessing');
    verdictBody.value = 'verified';
    sidecar.annotations[0].body.push({ type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/pier-notice', sourceKind: 'url', title: 'Pier notice' });
    writeFileSync(sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`);
    const published = session.nextDiagnostics(uri);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecarPath).href, type: 2 }] });
    assert.match(String(quoteOf((await published).diagnostics).message), /^Resolved \(verified\)/, 'resolved by the outside edit');
    const hover = await session.hover(uri, { line: 0, character: 3 });
    assert.match((hover?.contents as { value: string }).value, /\*\*Resolved: Verified\*\*/);
    assert.match((hover?.contents as { value: string }).value, /\[Pier notice\]\(https:\/\/example\.org\/pier-notice\)/);
  });

  it('never overwrites a malformed sidecar: it says where the problem is and refuses to resolve', async () => {
    const sidecarPath = `${file}.factcheck.json`;
    const broken = '{\n  "version": 1,\n<<<<<<< HEAD\n  "annotations": []\n=======\n  "annotations": [{}]\n>>>>>>> theirs\n}\n';
    writeFileSync(sidecarPath, broken);
    const sidecarUri = pathToFileURL(sidecarPath).href;
    const sidecarDiagnostics = session.nextDiagnostics(sidecarUri);
    const { diagnostics } = await session.open(uri, ARTICLE);
    const problem = diagnostics.find((d) => d.code === 'ledger-unreadable');
    assert.ok(problem, 'the article says its ledger cannot be read');
    assert.match(String(problem.message), /line 3/);
    assert.equal((await sidecarDiagnostics).diagnostics[0].range.start.line, 2, 'the sidecar shows the conflict marker line');
    const findingId = (quoteOf(diagnostics).data as { findingId: string }).findingId;
    await assert.rejects(session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'verified' } }]), /cannot be read/);
    assert.equal(readFileSync(sidecarPath, 'utf8'), broken);
  });

  it('shows a malformed sidecar’s problems on it once, not on every keystroke, and clears them once fixed', async () => {
    const sidecarPath = `${file}.factcheck.json`;
    writeFileSync(sidecarPath, '{\n  "version": 1,\n  "annotations": [\n');
    const sidecarUri = pathToFileURL(sidecarPath).href;
    await session.open(uri, ARTICLE);
    for (const insert of ['A', '😀', '\r\n']) await session.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: insert }]);
    const onSidecar = () => session.published.filter((p) => p.uri === sidecarUri);
    assert.equal(onSidecar().length, 1, 'published once, with the article');
    assert.ok(onSidecar()[0].diagnostics.length > 0);
    writeFileSync(sidecarPath, `${JSON.stringify({ version: 1, article: 'pier.txt', annotations: [] }, null, 2)}\n`);
    const cleared = session.nextDiagnostics(sidecarUri);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sidecarUri, type: 2 }] });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('refuses to record slots for an untitled buffer', async () => {
    const untitled = 'untitled:Untitled-2';
    const { diagnostics } = await session.open(untitled, ARTICLE);
    const findingId = (quoteOf(diagnostics).data as { findingId: string }).findingId;
    await assert.rejects(session.executeCommand(EDIT, [{ uri: untitled, findingId, edit: { type: 'dismiss' } }]), /Save the article/);
    assert.equal(existsSync(path.join(dir, 'Untitled-2.factcheck.json')), false);
  });
});
