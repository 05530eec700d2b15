// `open / total` for the active article; a click opens the claims view.
import * as vscode from 'vscode';
import { ClientCommands, NEEDS_CHECKING, type ClaimsResult } from '../../server/src/protocol';

export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factcheck.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Fact-check claims';
    this.item.command = ClientCommands.showClaims;
  }

  show(result: ClaimsResult | undefined): void {
    if (!result) {
      this.item.hide();
      return;
    }
    const counted = result.claims.filter((c) => c.status !== 'dismissed');
    const open = counted.filter((c) => NEEDS_CHECKING.includes(c.status)).length;
    this.item.text = `$(checklist) ${open} / ${counted.length}`;
    this.item.tooltip = `Fact-check: ${open} of ${counted.length} claims still open${result.ledgerError ? ` — ledger read-only: ${result.ledgerError}` : ''}`;
    this.item.backgroundColor = result.ledgerError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
