// Merges two versions of the same slot (same id), as happens when a sidecar's git conflict is
// resolved by keeping both sides. Nothing recorded is dropped: sources are united; for verdict and
// note a value beats no value and the later edit wins between two values (the judged words go
// with their verdict); the later edit decides whether the slot is dismissed and where it is anchored.
import type { SourceRef, SourceSlot } from './slot';

export function mergeSlot(a: SourceSlot, b: SourceSlot): SourceSlot {
  const [older, newer] = Date.parse(a.modified) <= Date.parse(b.modified) ? [a, b] : [b, a];
  const merged: SourceSlot = {
    id: newer.id,
    kind: newer.kind,
    anchor: newer.anchor,
    sources: mergeSources(older.sources, newer.sources),
    created: Date.parse(older.created) <= Date.parse(newer.created) ? older.created : newer.created,
    modified: newer.modified,
  };
  // The judged words travel with the verdict they belong to.
  const judging = newer.verdict !== undefined ? newer : older;
  if (judging.verdict !== undefined) merged.verdict = judging.verdict;
  if (judging.verdict !== undefined && judging.judged) merged.judged = { ...judging.judged };
  const note = newer.note || older.note;
  if (note) merged.note = note;
  if (newer.dismissed) merged.dismissed = true;
  const creator = older.creator ?? newer.creator;
  if (creator !== undefined) merged.creator = creator;
  if (older.extra || newer.extra) merged.extra = { ...older.extra, ...newer.extra };
  return merged;
}

/** Sources of both, once each (same kind and target), the newer's details winning. */
function mergeSources(older: readonly SourceRef[], newer: readonly SourceRef[]): SourceRef[] {
  const byKey = new Map<string, SourceRef>();
  for (const source of [...older, ...newer]) byKey.set(`${source.kind}\u0000${source.target}`, source);
  return [...byKey.values()];
}

/** One slot per id; slots sharing an id are merged. Order of first appearance is kept. */
export function mergeSlotLists(...lists: (readonly SourceSlot[])[]): SourceSlot[] {
  const byId = new Map<string, SourceSlot>();
  for (const slot of lists.flat()) {
    const seen = byId.get(slot.id);
    byId.set(slot.id, seen ? mergeSlot(seen, slot) : slot);
  }
  return [...byId.values()];
}
