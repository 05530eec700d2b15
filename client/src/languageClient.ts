// Starts the language server over IPC and lets hovers link to this extension's commands only.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientCommands } from '../../server/src/protocol';

export const ARTICLE_SELECTOR = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { language: 'html' },
];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Untitled buffers too: reporters paste drafts into new tabs.
    documentSelector: ARTICLE_SELECTOR.flatMap((entry) => [
      { scheme: 'file', ...entry },
      { scheme: 'untitled', ...entry },
      { scheme: 'vscode-remote', ...entry },
    ]),
    synchronize: { configurationSection: 'factcheck' },
    markdown: { isTrusted: { enabledCommands: Object.values(ClientCommands) }, supportHtml: false },
    diagnosticCollectionName: 'factcheck',
  };
  return new LanguageClient('factcheck', 'Fact-check', serverOptions, clientOptions);
}
