// Starts the language server over stdio and lets hovers link to this extension's commands only. The
// server is told whether the workspace is trusted: in one that is not, it analyses and keeps the
// ledger in the workspace but fetches nothing (no web copies).
// Over stdio, not IPC: the server then writes each publish's diagnostics by copying the JSON of those
// it sent before (server/src/lsp/diagnosticsMessage.ts), where over IPC Node encodes the whole
// message again on every keystroke (2.4-3 ms more of the server's main thread a keystroke at 20k
// words of news, about a third). It is also the transport the benchmark and the other editors use.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientCommands, SERVER_NODE_OPTIONS, type InitializationOptions } from '../../server/src/protocol';
import { watchServer } from './serverWatch';

export const ARTICLE_SELECTOR = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { language: 'html' },
];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  // The handler asks for the client only once it runs, after the client below exists.
  const watch = watchServer(() => client);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Untitled buffers too: reporters paste drafts into new tabs.
    documentSelector: ARTICLE_SELECTOR.flatMap((entry) => [
      { scheme: 'file', ...entry },
      { scheme: 'untitled', ...entry },
      { scheme: 'vscode-remote', ...entry },
      // Virtual workspaces (a repository opened from GitHub): findings only, as for untitled buffers.
      { scheme: 'vscode-vfs', ...entry },
    ]),
    synchronize: { configurationSection: 'factcheck' },
    markdown: { isTrusted: { enabledCommands: Object.values(ClientCommands) }, supportHtml: false },
    diagnosticCollectionName: 'factcheck',
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    errorHandler: watch.errorHandler,
    stdioOptions: watch.stdioOptions,
  };
  const client = new LanguageClient('factcheck', vscode.l10n.t('Fact-check'), serverOptions, clientOptions);
  return client;
}
