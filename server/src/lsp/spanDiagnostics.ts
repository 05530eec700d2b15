// One diagnostic per span: findings on the same words are one row in the Problems panel and one
// squiggle, the most severe kind's, its message naming the others. The same words are the same
// range, or a finding's range that is another's speaker ("People familiar with the deal" as an
// anonymous source and as who the attribution "People familiar with the deal said" credits), or a
// right-of-reply note and the attribution whose cue it holds ("The port authority did not respond
// to requests for comment": the note's question is what the checker must answer). The
// hover still shows every claim there with its own slot and actions, and quick fixes act on each.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { byPosition, type Span } from '../analysis/finding';
import type { Claim } from '../ledger/slot';

/** What a diagnostic carries to find its claims again: its own, and those it stands for. */
export interface SpanDiagnosticData {
  findingId?: string;
  slotId?: string;
  /** The other claims on the same span, shown by this diagnostic. */
  also?: { findingId?: string; slotId?: string }[];
}

/** A claim's diagnostic, with the claim it shows. */
export interface ClaimDiagnostic {
  diagnostic: Diagnostic;
  claim: Claim;
}

function text(message: Diagnostic['message']): string {
  return typeof message === 'string' ? message : message.value;
}

/** The row's lead, without the words it quotes: "Attributed to Ana Ruiz" of "Attributed to Ana Ruiz: ‘…’". */
function lead(message: Diagnostic['message']): string {
  const row = text(message);
  const at = row.indexOf(': ‘');
  return at > 0 ? row.slice(0, at) : row;
}

/** Severity 1 (error) is the most severe; a diagnostic with none counts as the least. */
function rank(diagnostic: Diagnostic): number {
  return diagnostic.severity ?? 5;
}

function refOf(diagnostic: Diagnostic): { findingId?: string; slotId?: string } {
  const data = diagnostic.data as SpanDiagnosticData | undefined;
  return { findingId: data?.findingId, slotId: data?.slotId };
}

function joined(group: Diagnostic[]): Diagnostic {
  // The most severe first; among equals a right-of-reply note, then the first published (reading
  // order, outer before inner).
  const ordered = group
    .map((diagnostic, i) => ({ diagnostic, i }))
    .sort((a, b) => rank(a.diagnostic) - rank(b.diagnostic) || Number(a.diagnostic.code !== 'right-of-reply') - Number(b.diagnostic.code !== 'right-of-reply') || a.i - b.i);
  const primary = ordered[0].diagnostic;
  const others = ordered.slice(1).map((entry) => entry.diagnostic);
  const data: SpanDiagnosticData = { ...refOf(primary), also: others.map(refOf) };
  const related: DiagnosticRelatedInformation[] = [];
  const seen = new Set<string>();
  for (const info of group.flatMap((diagnostic) => diagnostic.relatedInformation ?? [])) {
    const key = `${JSON.stringify(info.location.range)}${info.message}`;
    if (!seen.has(key)) related.push(info);
    seen.add(key);
  }
  // Other kinds by their lead; further slots of the same finding (a sidecar from before a quote
  // and its attribution were one finding) by how many slots the claim has.
  const own = data.findingId;
  const kinds = others.filter((other) => !own || refOf(other).findingId !== own).map((other) => lead(other.message));
  const slots = others.length - kinds.length;
  const named = [...kinds, ...(slots ? [`${slots + 1} source slots of this claim`] : [])];
  return { ...primary, message: `${text(primary.message)} — also: ${named.join('; ')}`, data, relatedInformation: related.length ? related : undefined };
}

/** Whether a claim sits on words of the text: orphaned slots sit at the top of the file, each on its own. */
function onText(claim: Claim): boolean {
  return claim.status !== 'orphaned' && claim.range.end > claim.range.start;
}

/**
 * The entries on words of the text, as indices ordered by their range. The entries come in reading
 * order, so the order is usually theirs: ranges are then compared, not turned into keys, on each
 * keystroke's publish.
 */
function rangeOrder(entries: readonly ClaimDiagnostic[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < entries.length; i++) if (onText(entries[i].claim)) order.push(i);
  const compare = (a: number, b: number) => byPosition(entries[a].claim.range, entries[b].claim.range) || a - b;
  for (let k = 1; k < order.length; k++) if (compare(order[k - 1], order[k]) > 0) return order.sort(compare);
  return order;
}

/** The first entry in `order` whose range is `span`, or -1. */
function entryOn(entries: readonly ClaimDiagnostic[], order: readonly number[], span: Span): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byPosition(entries[order[middle]].claim.range, span) < 0) low = middle + 1;
    else high = middle;
  }
  const found = order[low];
  return found !== undefined && byPosition(entries[found].claim.range, span) === 0 ? found : -1;
}

/** Entries either side of a note in range order that may hold its attribution: a sentence's few claims. */
const NEAR_A_NOTE = 8;

/** The entry of the attribution whose cue lies in the right-of-reply note at `order[k]`, or -1. */
function attributionIn(entries: readonly ClaimDiagnostic[], order: readonly number[], k: number): number {
  const note = entries[order[k]].claim.range;
  for (let j = Math.max(0, k - NEAR_A_NOTE); j < Math.min(order.length, k + NEAR_A_NOTE + 1); j++) {
    const { claim } = entries[order[j]];
    const cue = claim.finding?.kind === 'attribution' && claim.status !== 'orphaned' ? claim.finding.cue : undefined;
    if (cue && cue.start < note.end && note.start < cue.end) return order[j];
  }
  return -1;
}

/**
 * Each of `count` entries its own group's root. A loop: Int32Array.from with a mapping function
 * walks the entries through an iterator and an intermediate array, 70 KiB on each publish of a
 * 20k-word article.
 */
function eachItsOwn(count: number): Int32Array {
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  return parent;
}

/** The diagnostics, those of claims on the same words joined into one, in the order given. */
export function onePerSpan(entries: ClaimDiagnostic[]): Diagnostic[] {
  // Each entry's group, by union of the entries on the same range or on another's speaker.
  const order = rangeOrder(entries);
  let parent: Int32Array | undefined;
  const root = (i: number): number => (parent![i] === i ? i : (parent![i] = root(parent![i])));
  const union = (i: number, j: number) => {
    parent ??= eachItsOwn(entries.length);
    parent[root(i)] = root(j);
  };
  // The same range: next to each other in the order.
  for (let k = 1; k < order.length; k++) {
    if (byPosition(entries[order[k - 1]].claim.range, entries[order[k]].claim.range) === 0) union(order[k], order[k - 1]);
  }
  for (let i = 0; i < entries.length; i++) {
    const { claim } = entries[i];
    const speaker = claim.finding?.speaker;
    if (!speaker || speaker.start < 0 || claim.status === 'orphaned') continue;
    const other = entryOn(entries, order, speaker);
    if (other >= 0 && (!parent || root(other) !== root(i))) union(i, other);
  }
  for (let k = 0; k < order.length; k++) {
    const note = entries[order[k]].claim;
    if (note.finding?.kind !== 'right-of-reply' || note.status === 'orphaned') continue;
    const other = attributionIn(entries, order, k);
    if (other >= 0 && (!parent || root(other) !== root(order[k]))) union(order[k], other);
  }
  if (!parent) return entries.map((entry) => entry.diagnostic);
  // Most entries stand alone: only the groups of several are gathered. After root(i) for every
  // entry, parent[i] is its group's root.
  const size = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) size[root(i)]++;
  const groups = new Map<number, Diagnostic[]>();
  for (let i = 0; i < entries.length; i++) {
    const at = parent[i];
    if (size[at] === 1) continue;
    const group = groups.get(at);
    if (group) group.push(entries[i].diagnostic);
    else groups.set(at, [entries[i].diagnostic]);
  }
  const out: Diagnostic[] = [];
  for (let i = 0; i < entries.length; i++) {
    const { diagnostic } = entries[i];
    const at = parent[i];
    if (size[at] === 1) out.push(diagnostic);
    else if (groups.get(at)![0] === diagnostic) out.push(joined(groups.get(at)!));
  }
  return out;
}

/** Whether a diagnostic stands for a claim: as its own, or as one of the others on its span. */
export function standsFor(diagnostic: Diagnostic, ref: { findingId?: string; slotId?: string }): boolean {
  const data = diagnostic.data as SpanDiagnosticData | undefined;
  if (!data) return false;
  const same = (own: { findingId?: string; slotId?: string }) => (!!ref.findingId && own.findingId === ref.findingId) || (!!ref.slotId && own.slotId === ref.slotId);
  return same(data) || (data.also ?? []).some(same);
}
