import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import type { ClaimSummary } from '../protocol';
import { visibleText } from '../report/visibleText';
import { speakerLabel } from '../analysis/finding';
import { claimText, shortWords } from '../report/claimWords';
import { checkSummary } from '../sources/checkSummary';
import type { SourceChecksById } from './diagnostics';
import { pause } from './timeSlices';

/** Claims summed up between two pauses: some milliseconds of work. */
const SLICE = 5_000;

/**
 * Claims as the claims view shows them, where the join placed them: orphaned ones at the top of the
 * file, named by the text their slot recorded. Hidden characters are shown as markers (visibleText).
 * Built a slice at a time: text with a finding every few words has hundreds of thousands of claims,
 * and other requests are answered in between.
 */
export async function claimSummaries(document: TextDocument, claims: Claim[], checks: SourceChecksById = new Map()): Promise<ClaimSummary[]> {
  const text = document.getText();
  // The editor's document changes in place between slices: positions are read from this version's text.
  const version = claims.length > SLICE ? TextDocument.create(document.uri, document.languageId, document.version, text) : document;
  const summaries: ClaimSummary[] = [];
  for (let i = 0; i < claims.length; i++) {
    if (i > 0 && i % SLICE === 0) await pause();
    summaries.push(claimSummary(version, text, claims[i], checks));
  }
  return summaries;
}

function claimSummary(document: TextDocument, text: string, claim: Claim, checks: SourceChecksById): ClaimSummary {
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
}

function checkOf(claim: Claim, checks: SourceChecksById): Pick<ClaimSummary, 'check'> {
  const check = claim.finding && checks.get(claim.finding.id);
  return check ? { check: { status: check.status, summary: visibleText(checkSummary(check)) } } : {};
}

function speakerOf(text: string, claim: Claim): string | undefined {
  const speaker = claim.finding?.speaker;
  return speaker && visibleText(speakerLabel(text, speaker));
}

/** What the claim says, as a label: an attribution's content rather than "she added"; a figure itself. */
function claimWordsOf(text: string, finding: NonNullable<Claim['finding']>): string {
  return shortWords(finding.kind === 'statistic' ? text.slice(finding.start, finding.end) : claimText(text, finding), 80);
}
