// The checker resolves a claim: a quick fix attaches a source and a verdict, the finding turns into
// a resolved hint, the sidecar beside the article records it as a Web Annotation, the slot follows
// its claim when text is added above it, and a broken sidecar is reported, never overwritten.
// The commands take their input as a second argument so no prompt opens (see client/src/slotCommands.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { assertFinding, hoverText, rangeOf } from '../support/findings';
import { FIRST_DIAGNOSTICS_MS, poll, waitForDiagnostics } from '../support/wait';
import type { FactcheckApi } from '../../../client/src/extension';

const ARTICLE = 'resolved-article.txt';
const QUOTE = '“We followed every step of the tender,”';
const SOURCE = { url: 'https://example.org/kellan/tender-board-minutes', title: 'Tender board minutes, 12 March' };

interface Annotation {
  target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
  body: { type: string; purpose: string; value?: string; source?: string; title?: string }[];
}

async function readJson(uri: vscode.Uri): Promise<{ version: number; article: string; annotations: Annotation[] }> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
}

/** Runs Export report without prompts for the active article; returns the file's text. */
async function exportReport(format: 'md' | 'json', name: string): Promise<string> {
  const output = workspaceUri(name);
  const written = await vscode.commands.executeCommand<string | undefined>('factcheck.exportReport', {
    scope: 'article', format, output: output.fsPath, open: false,
  });
  assert.equal(written, output.toString(), 'the command returns where it wrote the report');
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(output));
}

/** The claim reference the hover's "Set verdict…" link carries, as the link would pass it. */
async function findingRefFromHover(document: vscode.TextDocument, at: vscode.Position): Promise<unknown> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
  const link = /\(command:factcheck\.setVerdict\?([^)\s]+)\)/.exec(hoverText(hovers));
  assert.ok(link, 'the hover links to Set verdict…');
  const [ref] = JSON.parse(decodeURIComponent(link[1])) as unknown[];
  return ref;
}

async function copyFixture(from: string, to: string): Promise<void> {
  await vscode.workspace.fs.copy(workspaceUri(from), workspaceUri(to), { overwrite: true });
}

describe('Resolving a claim through its source slot', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  let document: vscode.TextDocument;
  let ref: unknown;
  let api: FactcheckApi;

  before(async () => {
    api = (await activateExtension()) as FactcheckApi;
    await copyFixture('port-dredging.txt', ARTICLE);
    document = await openArticle(ARTICLE);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'quote'), 'the quote finding');
  });

  after(closeAllEditors);

  it('offers quick fixes on the quote: attach a source, set a verdict, add a note, dismiss', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, rangeOf(document, 'followed every step'),
    );
    const commands = actions.map((a) => a.command?.command);
    for (const command of ['factcheck.attachSource', 'factcheck.setVerdict', 'factcheck.addNote', 'factcheck.dismiss']) {
      assert.ok(commands.includes(command), `a quick fix runs ${command}; got ${JSON.stringify(actions.map((a) => a.title))}`);
    }
    const attach = actions.find((a) => a.command?.command === 'factcheck.attachSource')!;
    assert.equal(attach.kind?.value, vscode.CodeActionKind.QuickFix.value);
    ref = attach.command!.arguments![0];
  });

  it('attaches a source and a verdict; the quote is listed as resolved', async () => {
    assert.equal(await vscode.commands.executeCommand('factcheck.attachSource', ref, SOURCE), true);
    assert.equal(await vscode.commands.executeCommand('factcheck.setVerdict', ref, 'verified'), true);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => x.code === 'quote' && x.message.startsWith('Resolved')),
      'the quote to be resolved',
    );
    const quote = assertFinding(document, diagnostics, { kind: 'quote', exactly: QUOTE });
    assert.equal(quote.severity, vscode.DiagnosticSeverity.Information);
    assert.match(quote.message, /^Resolved \(verified\)/);
  });

  it('records the slot beside the article as a W3C Web Annotation', async () => {
    const sidecar = await readJson(workspaceUri(`${ARTICLE}.factcheck.json`));
    assert.equal(sidecar.version, 1);
    assert.equal(sidecar.article, ARTICLE);
    assert.equal(sidecar.annotations.length, 1);
    const [annotation] = sidecar.annotations;
    const quoteSelector = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const positionSelector = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(quoteSelector?.exact, QUOTE);
    assert.equal(positionSelector?.start, document.offsetAt(rangeOf(document, QUOTE).start));
    assert.ok(annotation.body.some((b) => b.purpose === 'assessing' && b.value === 'verified'));
    assert.ok(annotation.body.some((b) => b.type === 'SpecificResource' && b.source === SOURCE.url && b.title === SOURCE.title));
  });

  it('shows the filled slot in the hover: verdict and the source as a link', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, rangeOf(document, 'followed every step').start,
    );
    const text = hoverText(hovers);
    assert.match(text, /Resolved: Verified/);
    assert.ok(text.includes(`](${SOURCE.url})`), `the source is a link: ${text}`);
  });

  it('keeps the slot on its claim when a paragraph is added above it', async () => {
    const line = rangeOf(document, QUOTE).start.line;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(1, 0), '\nEditor’s note: the authority replied on Friday.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const moved = await waitForDiagnostics(
        document.uri,
        (d) => d.some((x) => x.code === 'quote' && x.range.start.line === line + 2),
        'the quote two lines further down',
      );
      const quote = assertFinding(document, moved, { kind: 'quote', exactly: QUOTE });
      assert.equal(quote.severity, vscode.DiagnosticSeverity.Information, 'still resolved');
      assert.match(quote.message, /^Resolved \(verified\)/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('keeps the slot on its claim when the article changes on disk, as after a git pull', async () => {
    const line = rangeOf(document, QUOTE).start.line;
    const original = document.getText();
    const pulled = original.replace('\n\n', '\n\nCorrection appended by the night desk.\n\nA second note from the desk.\n\n');
    await vscode.workspace.fs.writeFile(document.uri, new TextEncoder().encode(pulled));
    try {
      const moved = await waitForDiagnostics(
        document.uri,
        (d) => d.some((x) => x.code === 'quote' && x.range.start.line === line + 4),
        'the quote four lines further down after the outside edit',
      );
      const quote = assertFinding(document, moved, { kind: 'quote', exactly: QUOTE });
      assert.equal(quote.severity, vscode.DiagnosticSeverity.Information, 'still resolved');
    } finally {
      await vscode.workspace.fs.writeFile(document.uri, new TextEncoder().encode(original));
      await waitForDiagnostics(
        document.uri,
        (d) => d.some((x) => x.code === 'quote' && x.range.start.line === line),
        'the quote back in its place',
      );
    }
  });

  it('keeps the slot as orphaned when its claim is deleted, and re-finds it when the text comes back', async () => {
    const paragraph = rangeOf(document, QUOTE).start.line;
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(paragraph, 0, paragraph + 1, 0));
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const orphaned = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'orphaned-slot'), 'the orphaned slot');
      const orphan = orphaned.find((d) => d.code === 'orphaned-slot')!;
      assert.ok(orphan.range.start.isEqual(new vscode.Position(0, 0)), 'shown at the top of the file');
      assert.ok(orphan.message.includes('We followed every step of the tender'), `names its claim: ${orphan.message}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    const back = await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => x.code === 'orphaned-slot') && d.some((x) => x.code === 'quote' && x.message.startsWith('Resolved')),
      'the slot back on its quote',
    );
    assertFinding(document, back, { kind: 'quote', exactly: QUOTE });
  });

  it('dismisses a finding as not a claim: its diagnostic goes away', async () => {
    const allegation = rangeOf(document, 'allegedly');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, allegation);
    const dismiss = actions.find((a) => a.command?.command === 'factcheck.dismiss' && /allegation/.test(a.title));
    assert.ok(dismiss, `a dismiss quick fix for the allegation; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(await vscode.commands.executeCommand('factcheck.dismiss', ...(dismiss.command!.arguments ?? []), 'reported speech'), true);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => x.code === 'allegation'), 'the allegation to be hidden');
  });

  it('gives the claims view and status bar the article’s claims: one resolved, one dismissed, the rest open', async () => {
    const claims = await poll(() => {
      const result = api.claims.claims;
      const statuses = result?.uri === document.uri.toString() ? result.claims.map((c) => c.status) : [];
      return statuses.includes('resolved') && statuses.includes('dismissed') ? result!.claims : undefined;
    }, 'the claims of the active article');
    const resolved = claims.filter((c) => c.status === 'resolved');
    const dismissed = claims.filter((c) => c.status === 'dismissed');
    assert.deepEqual(resolved.map((c) => [c.kind, c.verdict, c.text]), [['quote', 'verified', QUOTE]]);
    assert.deepEqual(dismissed.map((c) => c.kind), ['allegation']);
    assert.ok(claims.filter((c) => c.status === 'open').length >= 5, 'the other findings stay open');
  });

  it('exports the report for the desk: a Markdown file with the verdict and the source', async () => {
    const report = await exportReport('md', 'desk-report.md');
    assert.match(report, /verified/i);
    assert.ok(report.includes(SOURCE.url), 'the source address is in the report');
    assert.ok(report.includes('We followed every step of the tender'), 'the claim is in the report');
  });

  it('exports the same state as the JSON report model: resolved, dismissed and open entries', async () => {
    const model = JSON.parse(await exportReport('json', 'desk-report.json')) as {
      report: string;
      articles: { path: string; entries: { status: string; kind: string; text: string; verdict?: string; sources: { target: string }[] }[] }[];
    };
    assert.equal(model.report, 'factcheck-report');
    const [article] = model.articles;
    assert.match(article.path, new RegExp(`${ARTICLE.replace('.', '\\.')}$`));
    const resolved = article.entries.filter((e) => e.status === 'resolved');
    assert.deepEqual(resolved.map((e) => [e.kind, e.text, e.verdict, e.sources.map((source) => source.target)]), [['quote', QUOTE, 'verified', [SOURCE.url]]]);
    assert.deepEqual(article.entries.filter((e) => e.status === 'dismissed').map((e) => e.kind), ['allegation']);
  });

  it('previews the report beside the article', async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('factcheck.previewReport');
    const tab = await poll(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /Report/.test(t.label)),
      'the report preview tab',
    );
    assert.match(tab.label, new RegExp(ARTICLE.replace('.', '\\.')));
  });
});

describe('A sidecar that cannot be parsed', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  const BROKEN = '{\n  "version": 1,\n  "article": "broken-ledger.txt",\n  "annotations": [\n    {\n  ]\n}\n';

  after(closeAllEditors);

  it('gives a diagnostic saying what is wrong, keeps the findings, and is never overwritten', async () => {
    await activateExtension();
    await copyFixture('port-dredging.txt', 'broken-ledger.txt');
    const sidecarUri = workspaceUri('broken-ledger.txt.factcheck.json');
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(BROKEN));
    const document = await openArticle('broken-ledger.txt');
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => x.code === 'quote') && d.some((x) => /factcheck\.json/.test(x.message)),
      'findings and the sidecar problem',
    );
    const problem = diagnostics.find((d) => /factcheck\.json/.test(d.message))!;
    assert.match(problem.message, /JSON|line \d+/i, `says what is wrong and where: ${problem.message}`);
    const quote = assertFinding(document, diagnostics, { kind: 'quote', exactly: QUOTE });
    const ref = await findingRefFromHover(document, quote.range.start);
    assert.equal(await vscode.commands.executeCommand('factcheck.setVerdict', ref, 'false'), false, 'resolving is refused');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri)), BROKEN, 'the file is untouched');
  });
});
