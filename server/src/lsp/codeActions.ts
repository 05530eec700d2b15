// Quick fixes on a finding: the same actions as the hover's links, run by the client's commands so
// the user is asked for input there and the server does the work.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import { ClientCommands, type FindingRef } from '../protocol';
import { claimsAt } from './claimsAt';

function action(title: string, command: string, ref: FindingRef, diagnostics: Diagnostic[], preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: preferred || undefined,
    command: { title, command, arguments: [ref] },
  };
}

/** Actions for every claim that overlaps the requested range, innermost first. */
export function claimCodeActions(
  document: TextDocument,
  claims: Claim[],
  range: Range,
  diagnostics: Diagnostic[],
): CodeAction[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const touching = claimsAt(claims, from, to);
  const actions: CodeAction[] = [];
  for (const claim of touching) {
    const ref: FindingRef = { uri: document.uri, findingId: claim.finding?.id, slotId: claim.slot?.id };
    const related = diagnostics.filter((d) => {
      const data = d.data as { findingId?: string; slotId?: string } | undefined;
      return (ref.findingId && data?.findingId === ref.findingId) || (ref.slotId && data?.slotId === ref.slotId);
    });
    const { start, end } = claim.range;
    const kind = claim.finding?.kind ?? claim.slot?.kind;
    const label = `${kind} ${claimLabel(document.getText().slice(start, end))}`;
    if (claim.status === 'dismissed') {
      actions.push(action(`Reopen ${label}`, ClientCommands.reopen, ref, related));
      continue;
    }
    if (claim.status === 'stale') {
      actions.push(
        action(`Confirm the verdict still holds (${label})`, ClientCommands.confirmVerdict, ref, related, actions.length === 0),
        action(`Reopen (${label})`, ClientCommands.reopen, ref, related),
      );
    }
    actions.push(
      action(`Attach source… (${label})`, ClientCommands.attachSource, ref, related, actions.length === 0),
      action(`Set verdict… (${label})`, ClientCommands.setVerdict, ref, related),
      action(`Add note… (${label})`, ClientCommands.addNote, ref, related),
      action(`Dismiss: not a claim (${label})`, ClientCommands.dismiss, ref, related),
    );
    if (claim.status === 'resolved') actions.push(action(`Reopen (${label})`, ClientCommands.reopen, ref, related));
  }
  return actions;
}

/** A short name for the claim in a menu; a quote already carries its own quotation marks. */
function claimLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
  return /^["“‘'«]/.test(short) ? short : `“${short}”`;
}
