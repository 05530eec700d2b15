// The live report preview: a webview that re-renders the active article's report whenever its
// claims change. Scripts are off; the only style is the report's own, allowed by nonce.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, type ReportParams } from '../../server/src/protocol';
import type { ClaimsWatcher } from './claimsWatcher';
import { checkerName } from './checker';

export class ReportPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uris: string[] = [];
  /** Renders started; only the latest one's answer is shown. */
  private renders = 0;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly client: LanguageClient,
    watcher: ClaimsWatcher,
  ) {
    this.subscription = watcher.onDidRepublish((uri) => {
      if (this.panel && this.uris.includes(uri)) void this.render();
    });
  }

  /** Shows the report of these articles, or the given HTML as it was exported. */
  async show(uris: string[], title: string): Promise<void> {
    this.uris = uris;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('factcheck.report', title, vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = title;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.render();
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const run = ++this.renders;
    const nonce = randomBytes(16).toString('base64');
    const params: ReportParams = { uris: this.uris, format: 'html', checker: checkerName(), nonce };
    const result = await this.client.sendRequest(ReportRequest, params);
    // Closed meanwhile (a disposed webview throws), or a later render (newer edits) owns the panel.
    if (panel !== this.panel || run !== this.renders) return;
    panel.webview.html = result.content || `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><p>${escapeHtml(result.problems.join('; '))}</p>`;
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
