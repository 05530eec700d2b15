// Quick fixes on a finding, short and in the order a checker wants them: the preferred fix first
// (use the source already attached in the sentence, else attach one), then the innermost claim's
// own actions, the outer claims' essentials, and one file-wide action (dismiss every open finding
// of this kind). They run the client's commands, which ask for input there; the server does the work.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import { ClientCommands, type DismissAllArgs, type FindingRef, type UseSourceArgs } from '../protocol';
import { KIND_LABELS } from '../report/labels';
import { claimText, quoteWords } from '../report/claimWords';
import { claimsAt } from './claimsAt';
import { sentenceSources } from './claimSentence';
import { standsFor } from './spanDiagnostics';

function action(title: string, command: string, argument: unknown, diagnostics: Diagnostic[], preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: preferred || undefined,
    command: { title, command, arguments: [argument] },
  };
}

function refOf(uri: string, claim: Claim): FindingRef {
  return { uri, findingId: claim.finding?.id, slotId: claim.slot?.id };
}

/** Actions for the claims that overlap the requested range, innermost first. */
export function claimCodeActions(document: TextDocument, claims: Claim[], range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const text = document.getText();
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  // The claim the request is on comes first: one that holds the whole range, the tightest of those.
  const holds = (c: Claim) => (c.range.start <= from && to <= c.range.end ? 0 : 1);
  const touching = claimsAt(claims, from, to).sort((a, b) => holds(a) - holds(b));
  const actions: CodeAction[] = [];
  let preferredGiven = false;
  const prefer = () => !preferredGiven && (preferredGiven = true);
  touching.forEach((claim, index) => {
    const ref = refOf(document.uri, claim);
    const related = diagnostics.filter((d) => standsFor(d, ref));
    const label = claimLabel(text, claim);
    if (claim.status === 'dismissed') {
      actions.push(action(`Reopen ${label}`, ClientCommands.reopen, ref, related));
      return;
    }
    if (claim.status === 'stale') {
      actions.push(
        action(`Confirm the verdict still holds · ${label}`, ClientCommands.confirmVerdict, ref, related, prefer()),
        action(`Reopen · ${label}`, ClientCommands.reopen, ref, related),
      );
    }
    const shared = sentenceSources(text, claims, claim).find((s) => s.missing.includes(claim));
    if (shared) {
      const { kind, target, title } = shared.source;
      const name = quoteWords(title || target, 40);
      const use = (claimsFor: Claim[], scope: string): UseSourceArgs => ({ uri: document.uri, source: { kind, target, ...(title ? { title } : {}) }, claims: claimsFor.map((c) => refOf(document.uri, c)), scope });
      actions.push(action(`Use ${name} for ${label}`, ClientCommands.useSourceFor, use([claim], 'this claim'), related, prefer()));
      if (shared.missing.length > 1) {
        actions.push(action(`Use ${name} for the whole sentence (${shared.missing.length} claims)`, ClientCommands.useSourceFor, use(shared.missing, 'the whole sentence'), related));
      }
    }
    actions.push(action(`Attach source… · ${label}`, ClientCommands.attachSource, ref, related, prefer()));
    // The innermost claim gets every action; the ones around it only the essentials, so the menu stays short.
    if (index === 0) {
      actions.push(
        action(`Set verdict… · ${label}`, ClientCommands.setVerdict, ref, related),
        action(`Add note… · ${label}`, ClientCommands.addNote, ref, related),
      );
    }
    actions.push(action(`Dismiss: not a claim · ${label}`, ClientCommands.dismiss, ref, related));
    if (claim.status === 'resolved') actions.push(action(`Reopen · ${label}`, ClientCommands.reopen, ref, related));
  });
  const first = touching.find((c) => c.status === 'open');
  const kind = first?.finding?.kind;
  if (first && kind) {
    const sameKind = claims.filter((c) => c.status === 'open' && c.finding?.kind === kind);
    if (sameKind.length > 1) {
      const args: DismissAllArgs = { uri: document.uri, kind, claims: sameKind.map((c) => refOf(document.uri, c)) };
      actions.push(action(`Dismiss all ${sameKind.length} open findings of kind ${KIND_LABELS[kind].toLowerCase()} in this file…`, ClientCommands.dismissAll, args, []));
    }
  }
  return actions;
}

/** A claim in a menu: its kind and its words ("quote ‘We followed every step…’"); a figure by itself. */
function claimLabel(text: string, claim: Claim): string {
  const kind = claim.finding?.kind ?? claim.slot?.kind ?? 'claim';
  const words = claim.finding && kind !== 'statistic' ? claimText(text, claim.finding) : text.slice(claim.range.start, claim.range.end);
  return `${kind} ${quoteWords(words, 40)}`;
}
