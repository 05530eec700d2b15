import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim } from '../ledger/slot';
import type { ClaimSummary } from '../protocol';

/** Claims as the claims view shows them; orphaned ones sit at the top of the file. */
export function claimSummaries(document: TextDocument, claims: Claim[]): ClaimSummary[] {
  const text = document.getText();
  return claims.map((claim) => {
    const range = claim.finding ? claim.range : { start: 0, end: 0 };
    return {
      findingId: claim.finding?.id,
      slotId: claim.slot?.id,
      kind: claim.finding?.kind ?? claim.slot?.kind ?? 'unknown',
      status: claim.status,
      range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
      text: claim.finding ? text.slice(claim.range.start, claim.range.end) : (claim.slot?.anchor.exact ?? ''),
      speaker: speakerOf(text, claim),
      verdict: claim.slot?.verdict,
    };
  });
}

function speakerOf(text: string, claim: Claim): string | undefined {
  const speaker = claim.finding?.speaker;
  return speaker && (speaker.name ?? text.slice(speaker.start, speaker.end));
}
