// Joins the detector's findings with the ledger's slots into the claims the editor shows. Every
// slot comes out as a claim: on its finding, on its own range when the detector no longer reports
// that kind there, or orphaned when its text cannot be found. Every finding comes out once, and
// once more for each further slot recorded on what it took in: sidecars written before a quote and
// its attribution were one finding have slots on the attribution ("he added") and on each part of
// an interrupted quote, and each of them still belongs to the one claim, its verdict its own.
import { byPosition, type Finding, type Span } from '../analysis/finding';
import { slotStatus } from './claimStatus';
import { wordsStaleness } from './judgedWords';
import { reanchorSlot } from './reanchor';
import type { Claim, SourceSlot } from './slot';
import { TextIndex } from './textIndex';

/** Where an orphaned claim is shown: the top of the file. */
const ORPHAN_RANGE: Span = { start: 0, end: 0 };

/**
 * The claims in reading order; `findings` come in it too (byPosition), as analyze gives them.
 * `before`, the claims of the previous version, lends its open claims of the same finding objects
 * at the same place: on each keystroke the findings before the edit are the same objects.
 */
export function joinClaims(text: string, findings: readonly Finding[], slots: readonly SourceSlot[], before: readonly Claim[] = []): Claim[] {
  // Most articles have no slots yet: their claims are the findings, already in order.
  if (!slots.length) {
    return findings.map((finding, i) => {
      const known = before[i];
      return known && known.finding === finding && known.status === 'open' && !known.slot ? known : { status: 'open', range: { start: finding.start, end: finding.end }, finding };
    });
  }
  const claims: Claim[] = [];
  const placed: { slot: SourceSlot; range: Span }[] = [];
  const index = new TextIndex(text);
  for (const original of slots) {
    const { slot, anchoring } = reanchorSlot(text, original, index);
    if (anchoring.found) placed.push({ slot, range: anchoring.range });
    else claims.push({ status: 'orphaned', range: ORPHAN_RANGE, slot });
  }

  const pairs = candidatePairs(placed, findings);
  const slotTaken = new Set<number>();
  const findingTaken = new Set<number>();
  for (const pair of pairs) {
    if (slotTaken.has(pair.slot) || findingTaken.has(pair.finding)) continue;
    slotTaken.add(pair.slot);
    findingTaken.add(pair.finding);
    const finding = findings[pair.finding];
    const slot = placed[pair.slot].slot;
    claims.push(slotClaim(slot, { start: finding.start, end: finding.end }, finding));
  }
  // A further slot on what a finding took in joins that finding's claim rather than standing alone.
  for (const pair of pairs) {
    if (slotTaken.has(pair.slot) || !pair.absorbed) continue;
    slotTaken.add(pair.slot);
    const finding = findings[pair.finding];
    claims.push(slotClaim(placed[pair.slot].slot, { start: finding.start, end: finding.end }, finding));
  }
  placed.forEach(({ slot, range }, i) => {
    if (!slotTaken.has(i)) claims.push(slotClaim(slot, range));
  });
  findings.forEach((finding, i) => {
    if (!findingTaken.has(i)) claims.push({ status: 'open', range: { start: finding.start, end: finding.end }, finding });
  });
  return claims.sort((a, b) => byPosition(a.range, b.range));
}

/** A resolved slot whose words changed since its verdict is stale, not resolved. */
function slotClaim(slot: SourceSlot, range: Span, finding?: Finding): Claim {
  const status = slotStatus(slot);
  const stale = status === 'resolved' ? wordsStaleness(slot) : undefined;
  const claim: Claim = stale ? { status: 'stale', stale, range, slot } : { status, range, slot };
  if (finding) claim.finding = finding;
  return claim;
}

interface Pair {
  slot: number;
  finding: number;
  score: number;
  /** The slot was recorded on something the finding took in: its attribution, or one part of it. */
  absorbed: boolean;
}

/**
 * How well a slot fits a finding (0: not at all): the same kind by overlap; an attribution's slot
 * by its overlap with the attribution a quote took in; a quote's slot also by one of its parts.
 */
function fit(range: Span, kind: string, finding: Finding): { score: number; absorbed: boolean } {
  if (kind === 'attribution' && finding.kind === 'quote' && finding.attribution) return { score: overlap(range, finding.attribution), absorbed: true };
  if (kind !== finding.kind) return { score: 0, absorbed: false };
  const whole = overlap(range, finding);
  const part = Math.max(0, ...(finding.parts ?? []).map((p) => overlap(range, p)));
  return part > whole ? { score: part, absorbed: true } : { score: whole, absorbed: false };
}

/** Every (slot, finding) that fit, own kind first, then best overlap first. */
function candidatePairs(placed: readonly { slot: SourceSlot; range: Span }[], findings: readonly Finding[]): Pair[] {
  // Findings by start, so each slot looks only at those that can reach it.
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].start - findings[b].start);
  // How far a finding reaches past its start (a quote's attribution may follow it: “…,” said X),
  // and how far before it its attribution may stand ("As the council notes: “…”").
  const longest = findings.reduce((max, f) => Math.max(max, Math.max(f.end, f.attribution?.end ?? 0) - f.start), 0);
  const lead = findings.reduce((max, f) => Math.max(max, f.start - (f.attribution?.start ?? f.start)), 0);
  const pairs: Pair[] = [];
  placed.forEach(({ slot, range }, s) => {
    for (let i = firstStartingFrom(order, findings, range.start - longest); i < order.length; i++) {
      const finding = findings[order[i]];
      if (finding.start > range.end + lead) break;
      const { score, absorbed } = fit(range, slot.kind, finding);
      if (score > 0) pairs.push({ slot: s, finding: order[i], score, absorbed });
    }
  });
  // A slot of the finding's own kind on the finding owns it before one on what it took in.
  return pairs.sort((a, b) => Number(a.absorbed) - Number(b.absorbed) || b.score - a.score || a.slot - b.slot || a.finding - b.finding);
}

function firstStartingFrom(order: readonly number[], findings: readonly Finding[], offset: number): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (findings[order[middle]].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Intersection over union of two ranges: 1 when equal, 0 when apart. */
export function overlap(a: Span, b: Span): number {
  const intersection = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (intersection <= 0) return a.start === b.start && a.end === b.end ? 1 : 0;
  return intersection / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}
