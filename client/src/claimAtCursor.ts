// Commands run from the palette or a keybinding act on the claim under the cursor.
import * as vscode from 'vscode';
import type { FindingRef } from '../../server/src/protocol';

export function claimAtCursor(): FindingRef | undefined {
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
