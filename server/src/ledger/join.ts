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
import { finish } from '../analysis/steps';

/** Where an orphaned claim is shown: the top of the file. */
const ORPHAN_RANGE: Span = { start: 0, end: 0 };

/** Findings or slots joined between two yields of joinSteps: a few hundred microseconds' work. */
const STEP = 512;

/**
 * The claims in reading order; `findings` come in it too (byPosition), as analyze gives them.
 * `before`, the claims of the previous version, lends its open claims of the same finding objects
 * at the same place: on each keystroke the findings before the edit are the same objects.
 */
export function joinClaims(text: string, findings: readonly Finding[], slots: readonly SourceSlot[], before: readonly Claim[] = []): Claim[] {
  return finish(joinSteps(text, findings, slots, before));
}

/**
 * joinClaims a step at a time, yielding 1 after every STEP findings or slots: a long article has
 * tens of thousands of findings, and the language server answers other requests between steps.
 */
export function* joinSteps(text: string, findings: readonly Finding[], slots: readonly SourceSlot[], before: readonly Claim[] = []): Generator<number, Claim[], void> {
  // Most articles have no slots yet: their claims are the findings, already in order.
  if (!slots.length) {
    const claims: Claim[] = [];
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      const known = before[i];
      claims.push(known && known.finding === finding && known.status === 'open' && !known.slot ? known : openClaim(finding));
      if (i % STEP === STEP - 1) yield 1;
    }
    return claims;
  }
  // The slots' claims, orphans first; merged with the open findings' at the end.
  const slotClaims: Claim[] = [];
  const placed: { slot: SourceSlot; range: Span }[] = [];
  const index = new TextIndex(text);
  for (let s = 0; s < slots.length; s++) {
    const { slot, anchoring } = reanchorSlot(text, slots[s], index);
    if (anchoring.found) placed.push({ slot, range: anchoring.range });
    else slotClaims.push({ status: 'orphaned', range: ORPHAN_RANGE, slot });
    if (s % STEP === STEP - 1) yield 1;
  }

  const pairs = yield* candidatePairs(placed, findings);
  const slotTaken = new Set<number>();
  const findingTaken = new Set<number>();
  for (const pair of pairs) {
    if (slotTaken.has(pair.slot) || findingTaken.has(pair.finding)) continue;
    slotTaken.add(pair.slot);
    findingTaken.add(pair.finding);
    const finding = findings[pair.finding];
    const slot = placed[pair.slot].slot;
    slotClaims.push(slotClaim(slot, { start: finding.start, end: finding.end }, finding));
  }
  // A further slot on what a finding took in joins that finding's claim rather than standing alone.
  for (const pair of pairs) {
    if (slotTaken.has(pair.slot) || !pair.absorbed) continue;
    slotTaken.add(pair.slot);
    const finding = findings[pair.finding];
    slotClaims.push(slotClaim(placed[pair.slot].slot, { start: finding.start, end: finding.end }, finding));
  }
  placed.forEach(({ slot, range }, i) => {
    if (!slotTaken.has(i)) slotClaims.push(slotClaim(slot, range));
  });
  // Sorting the slots' claims (stable) and merging the open findings in after them gives the
  // order a stable sort of all the claims would: a slot's claim before an open one on the same range.
  slotClaims.sort((a, b) => byPosition(a.range, b.range));
  const claims: Claim[] = [];
  let next = 0;
  let inOrder = true;
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && byPosition(findings[i - 1], findings[i]) > 0) inOrder = false;
    if (findingTaken.has(i)) continue;
    const claim = openClaim(findings[i]);
    while (next < slotClaims.length && byPosition(slotClaims[next].range, claim.range) <= 0) claims.push(slotClaims[next++]);
    claims.push(claim);
    if (i % STEP === STEP - 1) yield 1;
  }
  while (next < slotClaims.length) claims.push(slotClaims[next++]);
  // Findings given out of order: sorted here, the slot's claim still first on the same range.
  return inOrder ? claims : claims.sort((a, b) => byPosition(a.range, b.range));
}

function openClaim(finding: Finding): Claim {
  return { status: 'open', range: { start: finding.start, end: finding.end }, finding };
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
function* candidatePairs(placed: readonly { slot: SourceSlot; range: Span }[], findings: readonly Finding[]): Generator<number, Pair[], void> {
  // Findings by start, so each slot looks only at those that can reach it.
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].start - findings[b].start);
  // How far a finding reaches past its start (a quote's attribution may follow it: “…,” said X),
  // and how far before it its attribution may stand ("As the council notes: “…”").
  const longest = findings.reduce((max, f) => Math.max(max, Math.max(f.end, f.attribution?.end ?? 0) - f.start), 0);
  const lead = findings.reduce((max, f) => Math.max(max, f.start - (f.attribution?.start ?? f.start)), 0);
  const pairs: Pair[] = [];
  for (let s = 0; s < placed.length; s++) {
    const { slot, range } = placed[s];
    for (let i = firstStartingFrom(order, findings, range.start - longest); i < order.length; i++) {
      const finding = findings[order[i]];
      if (finding.start > range.end + lead) break;
      const { score, absorbed } = fit(range, slot.kind, finding);
      if (score > 0) pairs.push({ slot: s, finding: order[i], score, absorbed });
    }
    if (s % STEP === STEP - 1) yield 1;
  }
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
