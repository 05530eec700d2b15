// A desk that does not want a kind turns it off in the settings; its diagnostics go, the others
// stay. A severity setting changes how a kind is shown.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle } from '../support/extension';
import { FIRST_DIAGNOSTICS_MS, waitForDiagnostics } from '../support/wait';

const kinds = (diagnostics: vscode.Diagnostic[]): Set<string> => new Set(diagnostics.map((d) => String(d.code)));

describe('Settings turn a kind off or change its severity', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  let document: vscode.TextDocument;
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('factcheck', document.uri);

  before(async () => {
    await activateExtension();
    document = await openArticle('port-dredging.txt');
    await waitForDiagnostics(document.uri, (d) => kinds(d).has('quote') && kinds(d).has('allegation'), 'quotes and allegations');
  });

  after(async () => {
    await config().update('severity.quote', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('severity.allegation', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('removes the quote diagnostics when factcheck.severity.quote is "off", and only those', async () => {
    const before = kinds(await waitForDiagnostics(document.uri, (d) => d.length > 0, 'findings'));
    await config().update('severity.quote', 'off', vscode.ConfigurationTarget.Workspace);
    const after = await waitForDiagnostics(document.uri, (d) => d.length > 0 && !kinds(d).has('quote'), 'quotes to disappear');
    assert.deepEqual(kinds(after), new Set([...before].filter((kind) => kind !== 'quote')));
  });

  it('brings them back when the setting is removed', async () => {
    await config().update('severity.quote', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (d) => kinds(d).has('quote'), 'quotes to come back');
  });

  it('shows allegations as errors when factcheck.severity.allegation is "error"', async () => {
    await config().update('severity.allegation', 'error', vscode.ConfigurationTarget.Workspace);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => x.code === 'allegation' && x.severity === vscode.DiagnosticSeverity.Error),
      'allegations as errors',
    );
    const others = diagnostics.filter((d) => d.code !== 'allegation');
    assert.ok(others.every((d) => d.severity !== vscode.DiagnosticSeverity.Error), 'other kinds keep their severity');
  });
});

describe('An article over the length limit', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);

  after(async () => {
    await vscode.workspace.getConfiguration('factcheck').update('maxDocumentLength', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('says why instead of analysing it, and analyses it again once the limit is raised', async () => {
    await activateExtension();
    const document = await openArticle('port-dredging.txt');
    const config = vscode.workspace.getConfiguration('factcheck', document.uri);
    await config.update('maxDocumentLength', 100, vscode.ConfigurationTarget.Workspace);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'not-analysed'), 'the not-analysed notice');
    assert.equal(diagnostics.length, 1, 'no findings, only the notice');
    assert.match(diagnostics[0].message, /factcheck\.maxDocumentLength/);
    await config.update('maxDocumentLength', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => x.code === 'not-analysed'), 'the notice to go');
  });
});
