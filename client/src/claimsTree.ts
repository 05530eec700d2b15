// The Explorer's claims view: the active article's claims grouped by status (what still needs work
// first), each group in reading order, every item labelled with the claim's own words and its kind
// beside them; a click reveals the claim in the text.
import * as vscode from 'vscode';
import { CLAIM_STATUSES, ClientCommands, type ClaimStatus, type ClaimSummary, type ClaimsResult } from '../../server/src/protocol';
import type { ClaimNode } from './claimRef';

const STATUS_ICON: Record<ClaimStatus, string> = {
  open: 'circle-large-outline',
  stale: 'history',
  resolved: 'pass',
  dismissed: 'circle-slash',
  orphaned: 'warning',
};

/** The group headings; called when shown, once the extension's translations are loaded. */
function statusLabel(status: ClaimStatus): string {
  switch (status) {
    case 'open':
      return vscode.l10n.t('open');
    case 'stale':
      return vscode.l10n.t('stale');
    case 'resolved':
      return vscode.l10n.t('resolved');
    case 'dismissed':
      return vscode.l10n.t('dismissed');
    case 'orphaned':
      return vscode.l10n.t('orphaned');
  }
}

type Node =
  | { type: 'status'; status: ClaimStatus; claims: ClaimSummary[] }
  | ClaimNode
  | { type: 'message'; text: string };

export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: ClaimsResult | undefined;

  show(result: ClaimsResult | undefined): void {
    this.result = result;
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'status': {
        const item = new vscode.TreeItem(vscode.l10n.t('{0} ({1})', statusLabel(node.status), node.claims.length), node.status === 'open' || node.status === 'stale' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon(STATUS_ICON[node.status]);
        item.contextValue = `status-${node.status}`;
        return item;
      }
      case 'message':
        return new vscode.TreeItem(node.text);
      case 'claim': {
        const { claim } = node;
        const item = new vscode.TreeItem(claimLabel(claim));
        // Kinds, verdicts and source-check states are the ledger's and the Problems panel's words.
        const parts = [claim.kind, claim.speaker, vscode.l10n.t('line {0}', claim.range.start.line + 1), claim.verdict, claim.check && vscode.l10n.t('source: {0}', claim.check.status)];
        item.description = parts.filter(Boolean).join(' · ');
        item.tooltip = claim.check ? `${claim.text}\n\n${vscode.l10n.t('Source check: {0}', claim.check.summary)}` : claim.text;
        item.contextValue = `claim-${claim.status}`;
        item.command = { title: vscode.l10n.t('Reveal claim'), command: ClientCommands.revealClaim, arguments: [node.uri, claim.range] };
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [{ type: 'message', text: vscode.l10n.t('Open an article to see its claims.') }];
    if (!node) {
      const roots: Node[] = [];
      if (this.result.ledgerError) roots.push({ type: 'message', text: vscode.l10n.t('Ledger read-only: {0}', this.result.ledgerError) });
      for (const status of CLAIM_STATUSES) {
        const claims = this.result.claims.filter((c) => c.status === status);
        if (claims.length) roots.push({ type: 'status', status, claims });
      }
      return roots.length ? roots : [{ type: 'message', text: vscode.l10n.t('No claims found in this article.') }];
    }
    const uri = this.result.uri;
    if (node.type === 'status') return [...node.claims].sort(readingOrder).map((claim) => ({ type: 'claim', uri, claim }));
    return [];
  }
}

function readingOrder(a: ClaimSummary, b: ClaimSummary): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** The claim's words, flattened and cut at a word: what a checker recognises in the text. */
function claimLabel(claim: ClaimSummary): string {
  const flat = (claim.words ?? claim.text).replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80).replace(/\s+\S*$/, '')}…` : flat;
}
