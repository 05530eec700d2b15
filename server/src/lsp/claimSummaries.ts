import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import type { ClaimSummary } from '../protocol';
import { visibleText } from '../report/visibleText';
import { claimText, shortWords } from '../report/claimWords';
import { checkSummary } from '../sources/checkSummary';
import type { SourceChecksById } from './diagnostics';

/**
 * Claims as the claims view shows them, where the join placed them: orphaned ones at the top of the
 * file, named by the text their slot recorded. Hidden characters are shown as markers (visibleText).
 */
export function claimSummaries(document: TextDocument, claims: Claim[], checks: SourceChecksById = new Map()): ClaimSummary[] {
  const text = document.getText();
  return claims.map((claim) => {
    const { start, end } = claim.range;
    return {
      findingId: claim.finding?.id,
      slotId: claim.slot?.id,
      kind: claim.finding?.kind ?? claim.slot?.kind ?? 'unknown',
      status: claim.status,
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      text: visibleText(claim.status === 'orphaned' ? (claim.slot?.anchor.exact ?? '') : text.slice(start, end)),
      ...(claim.finding && claim.status !== 'orphaned' ? { words: visibleText(claimWordsOf(text, claim.finding)) } : {}),
      speaker: speakerOf(text, claim),
      verdict: claim.slot?.verdict,
      ...(claim.stale ? { stale: { ...claim.stale } } : {}),
      ...checkOf(claim, checks),
    };
  });
}

function checkOf(claim: Claim, checks: SourceChecksById): Pick<ClaimSummary, 'check'> {
  const check = claim.finding && checks.get(claim.finding.id);
  return check ? { check: { status: check.status, summary: visibleText(checkSummary(check)) } } : {};
}

function speakerOf(text: string, claim: Claim): string | undefined {
  const speaker = claim.finding?.speaker;
  return speaker && visibleText(speaker.name ?? text.slice(speaker.start, speaker.end));
}

/** What the claim says, as a label: an attribution's content rather than "she added"; a figure itself. */
function claimWordsOf(text: string, finding: NonNullable<Claim['finding']>): string {
  return shortWords(finding.kind === 'statistic' ? text.slice(finding.start, finding.end) : claimText(text, finding), 80);
}
