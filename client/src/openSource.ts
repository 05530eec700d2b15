// The hover's "Open the source at …" link: a text source (plain, Markdown, HTML) opens at the
// passage's line; a PDF or Word document opens in whatever VS Code opens it with, the page named.
import * as vscode from 'vscode';
import { ClientCommands, type OpenSourceParams } from '../../server/src/protocol';

const TEXT_SOURCE = /\.(txt|text|md|markdown|html?|xhtml)$/i;

export function registerOpenSource(): vscode.Disposable {
  return vscode.commands.registerCommand(ClientCommands.openSource, async (params?: OpenSourceParams) => {
    if (!params || typeof params.uri !== 'string') return;
    const uri = vscode.Uri.parse(params.uri);
    // Only files: the link's target comes from the ledger, which anyone can edit.
    if (uri.scheme !== 'file') return;
    if (!TEXT_SOURCE.test(uri.path)) {
      await vscode.commands.executeCommand('vscode.open', uri);
      if (params.page) void vscode.window.setStatusBarMessage(vscode.l10n.t('Fact-check: the passage is on page {0}, line {1}', params.page, params.line), 10_000);
      return;
    }
    const line = Math.max(0, (Number(params.line) || 1) - 1);
    const document = await vscode.workspace.openTextDocument(uri);
    const range = document.lineAt(Math.min(line, document.lineCount - 1)).range;
    await vscode.window.showTextDocument(document, { selection: range });
  });
}
