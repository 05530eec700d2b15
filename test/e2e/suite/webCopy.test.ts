// Keeping a copy of a web source, in a real VS Code: with factcheck.archiveSources on, attaching
// a page served by a local HTTP server keeps it under .factcheck/sources and the hover links the
// kept copy. (The fixture workspace turns archiving off for every other test: their addresses are
// made up, and no test reaches the internet.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { hoverText } from '../support/findings';
import { FIRST_DIAGNOSTICS_MS, poll, waitForDiagnostics } from '../support/wait';
import { PAGE, TestWebServer } from '../../support/webServer';

const ARTICLE = 'web-copy.txt';

describe('Keeping a copy of a web source', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  let server: TestWebServer;
  let document: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    server = await TestWebServer.start();
    await vscode.workspace.getConfiguration('factcheck').update('archiveSources', true, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.copy(workspaceUri('port-dredging.txt'), workspaceUri(ARTICLE), { overwrite: true });
    document = await openArticle(ARTICLE);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('factcheck').update('archiveSources', false, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    await server.stop();
  });

  it('keeps the attached page in the workspace and links the copy from the hover', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'statistic' && document.getText(x.range) === '€48 million'), 'the contract figure');
    const figure = diagnostics.find((x) => x.code === 'statistic' && document.getText(x.range) === '€48 million')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, figure.range);
    const ref = actions.find((a) => a.command?.command === 'factcheck.attachSource' && /statistic/.test(a.title))!.command!.arguments![0];
    assert.equal(await vscode.commands.executeCommand('factcheck.attachSource', ref, { url: server.url('/budget') }), true);

    const copies = await poll(async () => {
      const found = await vscode.workspace.fs.readDirectory(workspaceUri('.factcheck', 'sources')).then(undefined, () => []);
      return found.some(([name]) => name.endsWith('.html')) ? found : undefined;
    }, 'the kept copy in .factcheck/sources');
    const [copy] = copies.find(([name]) => name.endsWith('.html'))!;
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.factcheck', 'sources', copy))), PAGE);
    assert.deepEqual(server.requests, ['/budget']);

    const text = await poll(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, figure.range.start);
      const shown = hoverText(hovers);
      return shown.includes('kept copy') ? shown : undefined;
    }, 'the hover linking the kept copy');
    assert.ok(text.includes(`[kept copy](${workspaceUri('.factcheck', 'sources', copy).toString()})`), text);
  });
});
