// Claims -> LSP diagnostics: one per finding (dismissed ones hidden), severity from the settings,
// and one at the top of the file for every orphaned source slot.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import type { FactcheckSettings, SeverityName } from './settings';
import { abbreviate } from './markdownText';

export const DIAGNOSTIC_SOURCE = 'factcheck';
export const ORPHANED_CODE = 'orphaned-slot';
export const LEDGER_UNREADABLE_CODE = 'ledger-unreadable';

/** What the client and code actions need to find a diagnostic's claim again. */
export interface DiagnosticData {
  findingId?: string;
  slotId?: string;
}

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function claimDiagnostics(document: TextDocument, claims: Claim[], settings: FactcheckSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const claim of claims) {
    const diagnostic = claim.status === 'orphaned' ? orphanDiagnostic(claim) : findingDiagnostic(document, claim, settings);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** A claim on the text: a finding, or a slot whose kind the detector no longer reports there. */
function findingDiagnostic(document: TextDocument, claim: Claim, settings: FactcheckSettings): Diagnostic | undefined {
  const kind = claim.finding?.kind ?? claim.slot?.kind;
  if (!kind || claim.status === 'dismissed') return undefined;
  const kindSeverity = settings.severity[kind];
  if (kindSeverity === 'off') return undefined;
  const shown = claim.status === 'resolved' ? settings.resolvedSeverity : kindSeverity;
  if (shown === 'off') return undefined;
  const data: DiagnosticData = { findingId: claim.finding?.id, slotId: claim.slot?.id };
  const verdict = claim.status === 'resolved' && claim.slot?.verdict ? `Resolved (${claim.slot.verdict}): ` : '';
  const message = claim.finding?.message ?? `${kind}: recorded in the ledger, no longer detected here`;
  return {
    range: { start: document.positionAt(claim.range.start), end: document.positionAt(claim.range.end) },
    severity: SEVERITY[shown],
    code: kind,
    source: DIAGNOSTIC_SOURCE,
    message: verdict + message,
    data,
    relatedInformation: speakerInformation(document, claim),
  };
}

/**
 * A quote points to its speaker; any finding whose speaker is a pronoun or continuation ("he
 * added") points to where the speaker was named. Attributions that name their speaker themselves
 * get no pointer: on long articles every extra field weighs on each republish.
 */
function speakerInformation(document: TextDocument, claim: Claim): DiagnosticRelatedInformation[] | undefined {
  const speaker = claim.finding?.speaker;
  const mention = claim.finding?.speakerMention ?? (claim.finding?.kind === 'quote' ? speaker : undefined);
  if (!speaker || !mention) return undefined;
  const named = document.getText().slice(mention.start, mention.end);
  return [
    {
      location: {
        uri: document.uri,
        range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
      },
      message: `Speaker: ${speaker.name ?? named}`,
    },
  ];
}

function orphanDiagnostic(claim: Claim): Diagnostic | undefined {
  const slot = claim.slot;
  if (!slot) return undefined;
  const data: DiagnosticData = { slotId: slot.id };
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: ORPHANED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `Orphaned source slot (${slot.kind}): its claim "${abbreviate(slot.anchor.exact, 80)}" is no longer in the text. Re-attach it to a claim or delete it.`,
    data,
  };
}

/** Problems in a sidecar that cannot be parsed, shown at the top of the article. */
export function ledgerProblemDiagnostic(sidecarPath: string, problems: { line: number; character: number; message: string }[]): Diagnostic {
  const first = problems[0];
  const where = first ? ` (line ${first.line + 1}, column ${first.character + 1}: ${first.message})` : '';
  const more = problems.length > 1 ? ` and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}` : '';
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: LEDGER_UNREADABLE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `The ledger ${sidecarPath} cannot be read${where}${more}. It is left untouched and resolving is refused for this article until it is fixed.`,
  };
}

/** The same problems on the sidecar itself, each where it is. */
export function sidecarDiagnostics(problems: { line: number; character: number; message: string }[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: LEDGER_UNREADABLE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
}

/** Problems in a workspace folder's project file, on the file itself. */
export function configDiagnostics(problems: { line: number; character: number; key?: string; message: string }[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: 'project-config',
    source: DIAGNOSTIC_SOURCE,
    message: `${problem.key ? `${problem.key}: ` : ''}${problem.message} (the defaults apply until it is fixed)`,
  }));
}
