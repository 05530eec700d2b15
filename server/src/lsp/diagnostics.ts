// Claims -> LSP diagnostics: one per finding (dismissed ones hidden), severity from the settings,
// and one at the top of the file for every orphaned source slot.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import type { FactcheckSettings, SeverityName } from './settings';
import { abbreviate } from './markdownText';

export const DIAGNOSTIC_SOURCE = 'factcheck';
export const ORPHANED_CODE = 'orphaned-slot';

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
    const diagnostic = claim.finding ? findingDiagnostic(document, claim, settings) : orphanDiagnostic(claim);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function findingDiagnostic(document: TextDocument, claim: Claim, settings: FactcheckSettings): Diagnostic | undefined {
  const finding = claim.finding!;
  if (claim.status === 'dismissed') return undefined;
  const kindSeverity = settings.severity[finding.kind];
  if (kindSeverity === 'off') return undefined;
  const shown = claim.status === 'resolved' ? settings.resolvedSeverity : kindSeverity;
  if (shown === 'off') return undefined;
  const data: DiagnosticData = { findingId: finding.id, slotId: claim.slot?.id };
  const verdict = claim.status === 'resolved' && claim.slot?.verdict ? `Resolved (${claim.slot.verdict}): ` : '';
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[shown],
    code: finding.kind,
    source: DIAGNOSTIC_SOURCE,
    message: verdict + finding.message,
    data,
    relatedInformation: speakerInformation(document, claim),
  };
}

function speakerInformation(document: TextDocument, claim: Claim): DiagnosticRelatedInformation[] | undefined {
  const speaker = claim.finding?.speaker;
  if (!speaker) return undefined;
  const mention = claim.finding?.speakerMention ?? speaker;
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
