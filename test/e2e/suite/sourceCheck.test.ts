// Checking a quote against its source document, in a real VS Code: attach a workspace file as
// the quote's source, see the diagnostic and hover say it differs (an error), fix the source file
// on disk, and see the quote checked again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { hoverText } from '../support/findings';
import { FIRST_DIAGNOSTICS_MS, poll, waitForDiagnostics } from '../support/wait';
import type { FactcheckApi } from '../../../client/src/extension';

const ARTICLE = 'source-check.txt';
const SOURCE = 'tender-statement.txt';
const QUOTE = '“We followed every step of the tender,”';

function quoteDiagnostic(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'quote' && document.getText(d.range).startsWith(QUOTE));
}

async function writeSource(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(SOURCE), new TextEncoder().encode(text));
}

describe('A quote checked against its source document', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  let document: vscode.TextDocument;
  let api: FactcheckApi;

  before(async () => {
    api = (await activateExtension()) as FactcheckApi;
    await vscode.workspace.fs.copy(workspaceUri('port-dredging.txt'), workspaceUri(ARTICLE), { overwrite: true });
    await writeSource('Statement on the dredging tender\n\nWe followed most steps of the tender.\n');
    document = await openArticle(ARTICLE);
    await waitForDiagnostics(document.uri, (d) => quoteDiagnostic(document, d) !== undefined, 'the quote');
  });

  after(async () => {
    await closeAllEditors();
    for (const name of [ARTICLE, `${ARTICLE}.factcheck.json`, SOURCE]) await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  it('differs (an error, with the diff in the hover), then is checked again when the source changes', async () => {
    const quote = quoteDiagnostic(document, await waitForDiagnostics(document.uri, () => true, 'diagnostics'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, quote.range);
    const ref = actions.find((a) => a.command?.command === 'factcheck.attachSource' && /quote/.test(a.title))!.command!.arguments![0];
    assert.equal(await vscode.commands.executeCommand('factcheck.attachSource', ref, { file: workspaceUri(SOURCE).toString() }), true);

    const differs = await waitForDiagnostics(document.uri, (d) => /source check: differs/.test(quoteDiagnostic(document, d)?.message ?? ''), 'the quote checked: differs');
    const shown = quoteDiagnostic(document, differs)!;
    assert.equal(shown.severity, vscode.DiagnosticSeverity.Error);
    assert.match(shown.message, /differs from tender-statement\.txt \(line 3\)/);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, shown.range.start));
    assert.match(text, /Source check: differs from the source/, text);
    assert.match(text, /the article has “every step” where the source has “most steps”/, text);
    assert.match(text, /command:factcheck\.openSource\?/, text);

    const listed = await poll(() => api.claims.claims?.claims.find((c) => c.kind === 'quote' && c.check?.status === 'differs'), 'the claims view shows the check');
    assert.match(listed.check!.summary, /differs from tender-statement\.txt/);

    await writeSource('Statement on the dredging tender\n\nWe followed every step of the tender.\n');
    const fixed = await waitForDiagnostics(document.uri, (d) => /source check: found in tender-statement\.txt/.test(quoteDiagnostic(document, d)?.message ?? ''), 'the quote checked again');
    assert.notEqual(quoteDiagnostic(document, fixed)!.severity, vscode.DiagnosticSeverity.Error);
  });
});
