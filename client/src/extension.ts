// Activation: start the language server and wire the VS Code side (commands, claims view, status
// bar). Returns the client and the claims watcher so tests observe the real extension.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands } from '../../server/src/protocol';
import { createLanguageClient } from './languageClient';
import { registerSlotCommands } from './slotCommands';
import { ClaimsTreeProvider } from './claimsTree';
import { ClaimsStatusBar } from './statusBar';
import { ClaimsWatcher } from './claimsWatcher';
import { ReportPreview } from './reportPreview';
import { registerReportCommands } from './reportCommands';
import type { Feedback } from './feedback';
import { registerClaimNavigation } from './claimNavigation';
import { registerOpenSource } from './openSource';
import { CheckerPrompt } from './checker';

export interface FactcheckApi {
  client: LanguageClient;
  claims: ClaimsWatcher;
  /** What the last edit said, and its undo: tests read it as a checker reads the notification. */
  feedback: Feedback;
  /** The claims view's data, as VS Code reads it. */
  tree: ClaimsTreeProvider;
  /** The one-time question for the checker's name. */
  checker: CheckerPrompt;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FactcheckApi> {
  client = createLanguageClient(context);
  await client.start();
  const watcher = new ClaimsWatcher(client);
  const tree = new ClaimsTreeProvider();
  const statusBar = new ClaimsStatusBar();
  const preview = new ReportPreview(client, watcher);
  const checker = new CheckerPrompt(context.globalState);
  const slots = registerSlotCommands(client, checker, context.workspaceState);
  context.subscriptions.push(
    watcher.onDidChange((result) => {
      tree.show(result);
      statusBar.show(result);
    }),
    watcher,
    // After a crash and restart, the claims view and status bar ask the new server again.
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) void watcher.refresh();
    }),
    // Trust granted: restart the server so it may fetch web copies from now on.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
    statusBar,
    vscode.window.registerTreeDataProvider('factcheck.claims', tree),
    preview,
    ...slots.disposables,
    ...registerClaimNavigation(client),
    ...registerReportCommands(client, preview, checker),
    registerOpenSource(),
    vscode.commands.registerCommand(ClientCommands.showClaims, () => vscode.commands.executeCommand('factcheck.claims.focus')),
    vscode.commands.registerCommand(ClientCommands.revealClaim, async (uri: string, range: { start: vscode.Position; end: vscode.Position }) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(document, { selection });
    }),
  );
  void watcher.refresh();
  return { client, claims: watcher, feedback: slots.feedback, tree, checker };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
