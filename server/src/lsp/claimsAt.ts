import type { Claim } from '../ledger/slot';

/**
 * The claims on the text between two offsets (inclusive), innermost first: the hover shows the
 * first, code actions list them all. Orphaned slots have no text to touch.
 */
export function claimsAt(claims: Claim[], from: number, to: number): Claim[] {
  const touches = (span: { start: number; end: number } | undefined) => !!span && span.start <= to && from <= span.end;
  // A quote is also at the attribution it took in: “…,” [she said].
  return claims
    .filter((claim) => claim.status !== 'orphaned' && (touches(claim.range) || touches(claim.finding?.attribution)))
    .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start));
}

/**
 * The claim a reference names: by its slot first, since one finding can hold several slots (a
 * sidecar from before a quote and its attribution were one finding), then by its finding.
 */
export function claimFor(claims: readonly Claim[], ref: { slotId?: string; findingId?: string }): Claim | undefined {
  return (ref.slotId ? claims.find((c) => c.slot?.id === ref.slotId) : undefined) ?? (ref.findingId ? claims.find((c) => c.finding?.id === ref.findingId) : undefined);
}
