// Which claim a command acts on: the one it was given (hover link, quick fix, claims view item)
// or, from the palette or a keybinding, the one under the cursor.
import * as vscode from 'vscode';
import type { ClaimSummary, FindingRef } from '../../server/src/protocol';

/** A claims view item, as VS Code passes it to an item's context-menu command. */
export interface ClaimNode {
  type: 'claim';
  uri: string;
  claim: ClaimSummary;
}

function isClaimNode(value: unknown): value is ClaimNode {
  return typeof value === 'object' && value !== null && (value as ClaimNode).type === 'claim' && 'claim' in value;
}

export function claimRef(argument: unknown): FindingRef | undefined {
  if (isClaimNode(argument)) return { uri: argument.uri, findingId: argument.claim.findingId, slotId: argument.claim.slotId };
  if (typeof argument === 'object' && argument !== null && typeof (argument as FindingRef).uri === 'string') return argument as FindingRef;
  return claimAtCursor();
}

function claimAtCursor(): FindingRef | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document, selection } = editor;
  // Innermost first, measured in the text: a claim can span lines, so columns alone do not compare.
  const length = (range: vscode.Range) => document.offsetAt(range.end) - document.offsetAt(range.start);
  const diagnostic = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'factcheck' && d.range.contains(selection.active))
    .sort((a, b) => length(a.range) - length(b.range))[0];
  const data = (diagnostic as { data?: { findingId?: string; slotId?: string } } | undefined)?.data;
  if (!data) return undefined;
  return { uri: document.uri.toString(), findingId: data.findingId, slotId: data.slotId };
}
