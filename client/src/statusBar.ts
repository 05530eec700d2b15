// `open / total` for the active article; a click opens the claims view.
import * as vscode from 'vscode';
import { ClientCommands, NEEDS_CHECKING, type ClaimsResult } from '../../server/src/protocol';

export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factcheck.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = vscode.l10n.t('Fact-check claims');
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
    this.item.tooltip = result.ledgerError
      ? vscode.l10n.t('Fact-check: {0} of {1} claims still open — ledger read-only: {2}', open, counted.length, result.ledgerError)
      : vscode.l10n.t('Fact-check: {0} of {1} claims still open', open, counted.length);
    this.item.backgroundColor = result.ledgerError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
