// The Explorer's claims view: the active article's claims grouped by status, then kind, with
// counts; a click reveals the claim in the text.
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

type Node =
  | { type: 'status'; status: ClaimStatus; claims: ClaimSummary[] }
  | { type: 'kind'; kind: string; claims: ClaimSummary[] }
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
        const item = new vscode.TreeItem(`${node.status} (${node.claims.length})`, node.status === 'open' || node.status === 'stale' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon(STATUS_ICON[node.status]);
        item.contextValue = `status-${node.status}`;
        return item;
      }
      case 'kind':
        return new vscode.TreeItem(`${node.kind} (${node.claims.length})`, vscode.TreeItemCollapsibleState.Expanded);
      case 'message':
        return new vscode.TreeItem(node.text);
      case 'claim': {
        const { claim } = node;
        const item = new vscode.TreeItem(claim.text.replace(/\s+/g, ' ').slice(0, 90));
        item.description = `line ${claim.range.start.line + 1}${claim.verdict ? ` · ${claim.verdict}` : ''}`;
        item.tooltip = claim.text;
        item.contextValue = `claim-${claim.status}`;
        item.command = { title: 'Reveal claim', command: ClientCommands.revealClaim, arguments: [node.uri, claim.range] };
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [{ type: 'message', text: 'Open an article to see its claims.' }];
    if (!node) {
      const roots: Node[] = [];
      if (this.result.ledgerError) roots.push({ type: 'message', text: `Ledger read-only: ${this.result.ledgerError}` });
      for (const status of CLAIM_STATUSES) {
        const claims = this.result.claims.filter((c) => c.status === status);
        if (claims.length) roots.push({ type: 'status', status, claims });
      }
      return roots.length ? roots : [{ type: 'message', text: 'No claims found in this article.' }];
    }
    if (node.type === 'status') {
      const kinds = [...new Set(node.claims.map((c) => c.kind))].sort();
      return kinds.map((kind) => ({ type: 'kind', kind, claims: node.claims.filter((c) => c.kind === kind) }));
    }
    const uri = this.result.uri;
    if (node.type === 'kind') return node.claims.map((claim) => ({ type: 'claim', uri, claim }));
    return [];
  }
}
