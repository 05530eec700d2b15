// At most so many diagnostics per article, the most severe first, then in reading order, and one
// more saying how many are not shown and where they are. VS Code shows 1,000 per file and drops the
// rest itself; text with a figure every few words has hundreds of thousands of findings, and
// building, sending and drawing each of them held the server for seconds per keystroke. The
// ledger, the claims view and the report keep every claim: only the squiggles are capped.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Claim } from '../ledger/slot';
import type { FactcheckSettings } from '../article/settings';
import { thousands } from '../article/thousands';
import { finish } from '../analysis/steps';
import { claimSeverity, DIAGNOSTIC_SOURCE, type SourceChecksById } from './diagnostics';

/** Diagnostics of findings and slots published for one article, at most: what VS Code shows of a file. */
export const MAX_DIAGNOSTICS = 1_000;

export const MORE_FINDINGS_CODE = 'more-findings';

/** Claims weighed between two yields of publishSteps. */
const STEP = 2_048;

/** The claims whose diagnostics are published, in their order, and how many shown claims are left out. */
export function claimsToPublish(claims: readonly Claim[], settings: FactcheckSettings, checks?: SourceChecksById, max = MAX_DIAGNOSTICS): { claims: Claim[]; hidden: number } {
  return finish(publishSteps(claims, settings, checks, max));
}

/** claimsToPublish a step at a time, yielding 1 after every STEP claims: a long article has tens of thousands. */
export function* publishSteps(claims: readonly Claim[], settings: FactcheckSettings, checks?: SourceChecksById, max = MAX_DIAGNOSTICS): Generator<number, { claims: Claim[]; hidden: number }, void> {
  // Counted per severity first (1 error … 4 hint), so that the cut falls within one severity.
  const bySeverity = [0, 0, 0, 0, 0];
  // 0 for a claim with no diagnostic: an array of small integers, not of numbers and undefined.
  const severities = new Uint8Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    if (i % STEP === STEP - 1) yield 1;
    const claim = claims[i];
    const severity = claimSeverity(claim, settings, checks?.size && claim.finding ? checks.get(claim.finding.id) : undefined);
    if (severity === undefined) continue;
    severities[i] = severity;
    bySeverity[severity]++;
  }
  const shown = bySeverity[1] + bySeverity[2] + bySeverity[3] + bySeverity[4];
  if (shown <= max) return { claims: claims as Claim[], hidden: 0 };
  // The least severe level admitted, and how many of its claims (the first in reading order) fit.
  let room = max;
  let cut: number = DiagnosticSeverity.Hint;
  for (let severity = 1; severity <= 4; severity++) {
    if (bySeverity[severity] >= room) {
      cut = severity;
      break;
    }
    room -= bySeverity[severity];
  }
  const kept: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    if (i % STEP === STEP - 1) yield 1;
    const severity = severities[i];
    if (severity === 0 || severity > cut) continue;
    if (severity === cut) {
      if (room === 0) continue;
      room--;
    }
    kept.push(claims[i]);
  }
  return { claims: kept, hidden: shown - kept.length };
}

/** The last diagnostic of a capped article: how many findings are not shown, and where they are. */
export function moreFindingsDiagnostic(hidden: number, max = MAX_DIAGNOSTICS): Diagnostic {
  const count = thousands(hidden);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: MORE_FINDINGS_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `${count} more finding${hidden === 1 ? ' is' : 's are'} not shown here: an article shows at most ${thousands(max)}, the most severe first. Every finding is in the Claims view and the report.`,
  };
}
