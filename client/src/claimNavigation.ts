// Next / Previous open claim: through the article in reading order, from the cursor, wrapping at
// the ends. F8 goes by severity through every problem; a checker works down the text.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, ClientCommands, type ClaimSummary, type ClaimsParams } from '../../server/src/protocol';

/** What still needs the checker: no verdict yet, or one given on other words. */
const NEEDS_WORK = new Set(['open', 'stale']);

function toRange(claim: ClaimSummary): vscode.Range {
  const { start, end } = claim.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

async function go(client: LanguageClient, forward: boolean): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const params: ClaimsParams = { uri: editor.document.uri.toString() };
  const claims = ((await client.sendRequest(ClaimsRequest, params))?.claims ?? [])
    .filter((c) => NEEDS_WORK.has(c.status))
    .sort((a, b) => toRange(a).start.compareTo(toRange(b).start) || toRange(b).end.compareTo(toRange(a).end));
  if (!claims.length) {
    vscode.window.setStatusBarMessage(`$(pass) ${vscode.l10n.t('Fact-check: no open claims in this article')}`, 5000);
    return undefined;
  }
  // From the claim selected (nested claims included, in order), else from the cursor.
  const current = claims.findIndex((c) => toRange(c).isEqual(editor.selection));
  const here = editor.selection.start;
  const index =
    current !== -1
      ? current + (forward ? 1 : -1)
      : forward
        ? claims.findIndex((c) => toRange(c).start.isAfterOrEqual(here))
        : claims.findLastIndex((c) => toRange(c).start.isBefore(here));
  const wrapped = index < 0 || index >= claims.length;
  const at = !wrapped ? index : forward ? 0 : claims.length - 1;
  const claim = claims[at];
  const range = toRange(claim);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const message = wrapped
    ? vscode.l10n.t('Fact-check: open claim {0} of {1} · {2} (wrapped around)', at + 1, claims.length, claim.kind)
    : vscode.l10n.t('Fact-check: open claim {0} of {1} · {2}', at + 1, claims.length, claim.kind);
  vscode.window.setStatusBarMessage(message, 5000);
  return claim.findingId ?? claim.slotId;
}

export function registerClaimNavigation(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ClientCommands.nextClaim, () => go(client, true)),
    vscode.commands.registerCommand(ClientCommands.previousClaim, () => go(client, false)),
  ];
}
