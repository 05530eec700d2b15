// A verdict belongs to the words it judged, in a real VS Code: verify the contract's figure, edit
// it, see the diagnostic come back naming the change with the word diff in the hover, confirm the
// verdict from the hover's own link, and see it resolved again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { hoverText, rangeOf } from '../support/findings';
import { FIRST_DIAGNOSTICS_MS, poll, waitForDiagnostics } from '../support/wait';
import type { FactcheckApi } from '../../../client/src/extension';

const ARTICLE = 'stale-verdict.txt';

function figureDiagnostic(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[], figure: string): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'statistic' && document.getText(d.range) === figure);
}

describe('A verdict on words that changed', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  let document: vscode.TextDocument;
  let api: FactcheckApi;

  before(async () => {
    api = (await activateExtension()) as FactcheckApi;
    await vscode.workspace.fs.copy(workspaceUri('port-dredging.txt'), workspaceUri(ARTICLE), { overwrite: true });
    document = await openArticle(ARTICLE);
    await waitForDiagnostics(document.uri, (d) => figureDiagnostic(document, d, '€48 million') !== undefined, 'the contract figure');
  });

  after(async () => {
    await closeAllEditors();
    for (const name of [ARTICLE, `${ARTICLE}.factcheck.json`]) await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  it('goes stale when the verified figure is edited, and resolved again once confirmed', async () => {
    const opened = figureDiagnostic(document, await waitForDiagnostics(document.uri, () => true, 'diagnostics'), '€48 million')!;
    const openSeverity = opened.severity;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, opened.range);
    const ref = actions.find((a) => a.command?.command === 'factcheck.attachSource' && /statistic/.test(a.title))!.command!.arguments![0];
    assert.equal(await vscode.commands.executeCommand('factcheck.attachSource', ref, { url: 'https://kellan.example/tender-award' }), true);
    assert.equal(await vscode.commands.executeCommand('factcheck.setVerdict', ref, 'verified'), true);
    await waitForDiagnostics(document.uri, (d) => figureDiagnostic(document, d, '€48 million')?.message.startsWith('Resolved') === true, 'the figure resolved');

    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, '48 million'), '84 million');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const changed = await waitForDiagnostics(document.uri, (d) => /^Stale verdict/.test(figureDiagnostic(document, d, '€84 million')?.message ?? ''), 'the stale verdict');
    const stale = figureDiagnostic(document, changed, '€84 million')!;
    assert.equal(stale.severity, openSeverity, 'back at the kind’s open severity');
    assert.match(stale.message, /verified as ‘€48 million’, now ‘€84 million’/);

    const statuses = await poll(() => {
      const claims = api.claims.claims;
      return claims?.claims.some((c) => c.status === 'stale') ? claims.claims : undefined;
    }, 'a stale claim in the claims view');
    assert.deepEqual(statuses.filter((c) => c.status === 'stale').find((c) => c.kind === 'statistic')?.stale, { reason: 'claim-changed', was: '€48 million', now: '€84 million' });

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, stale.range.start);
    const text = hoverText(hovers);
    assert.match(text, /~~48~~\*\*84\*\*/, `the hover shows the word diff: ${text}`);
    const link = /\[Confirm the verdict still holds\]\(command:factcheck\.confirmVerdict\?([^)\s]+)\)/.exec(text);
    assert.ok(link, `the hover offers Confirm: ${text}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    assert.equal(await vscode.commands.executeCommand('factcheck.confirmVerdict', ...args), true);

    const confirmed = await waitForDiagnostics(document.uri, (d) => figureDiagnostic(document, d, '€84 million')?.message.startsWith('Resolved') === true, 'the figure resolved again');
    assert.match(figureDiagnostic(document, confirmed, '€84 million')!.message, /^Resolved \(verified\)/);
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${ARTICLE}.factcheck.json`)));
    assert.match(sidecar, /"judgedText": "€84 million"/);
  });
});
