// Keeps the claims view and the status bar on the active article: asks the server for its claims
// when the editor changes, and when the server says they changed, once it pauses saying so.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsChangedNotification, ClaimsRequest, type ClaimsParams, type ClaimsResult } from '../../server/src/protocol';
import { AfterPause, CLAIMS_REFRESH_PAUSE_MS } from './afterPause';

export class ClaimsWatcher implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsResult | undefined>();
  /** Fires with the active article's claims (undefined when no article is active). */
  readonly onDidChange = this.changed.event;
  private readonly republished = new vscode.EventEmitter<string>();
  /**
   * Fires with the URI of any article whose claims the server republished, once it pauses
   * republishing it (the report preview renders again). The client keeps one handler per
   * notification, so everyone else listens here instead of to the client.
   */
  readonly onDidRepublish = this.republished.event;
  private current: ClaimsResult | undefined;
  /** The last article shown: kept while a webview (the report preview) or a panel has focus. */
  private articleUri: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /**
   * The server republishes an article on every keystroke; asking for all its claims each time cost
   * the server as much again as the keystroke itself (a 20k-word article: 12 ms of CPU, 370 KB of
   * JSON decoded here), competing with the next keystroke. So they are asked for once typing pauses.
   */
  private readonly afterPause = new AfterPause((uri) => {
    this.republished.fire(uri);
    if (uri === this.activeUri()) void this.refresh();
  }, CLAIMS_REFRESH_PAUSE_MS);

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      client.onNotification(ClaimsChangedNotification, (params: ClaimsParams) => this.afterPause.trigger(params.uri)),
      this.afterPause,
    );
  }

  get claims(): ClaimsResult | undefined {
    return this.current;
  }

  private activeUri(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor) this.articleUri = editor.document.uri.toString();
    else if (this.articleUri && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.articleUri)) this.articleUri = undefined;
    return this.articleUri;
  }

  async refresh(): Promise<void> {
    const uri = this.activeUri();
    let result: ClaimsResult | undefined;
    if (uri) {
      const params: ClaimsParams = { uri };
      try {
        result = (await this.client.sendRequest(ClaimsRequest, params)) ?? undefined;
      } catch {
        // The server crashed or is restarting: keep what is shown; its restart refreshes it.
        return;
      }
    }
    if (uri !== this.activeUri()) return;
    this.current = result;
    this.changed.fire(result);
  }

  dispose(): void {
    this.changed.dispose();
    this.republished.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
