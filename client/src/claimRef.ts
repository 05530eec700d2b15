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
  const position = editor.selection.active;
  const diagnostic = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === 'factcheck' && d.range.contains(position))
    .sort((a, b) => a.range.end.character - a.range.start.character - (b.range.end.character - b.range.start.character))[0];
  const data = (diagnostic as { data?: { findingId?: string; slotId?: string } } | undefined)?.data;
  if (!data) return undefined;
  return { uri: editor.document.uri.toString(), findingId: data.findingId, slotId: data.slotId };
}
