// A verdict belongs to the words it judged. Setting or confirming a verdict records the claim's
// words as they stand; when the words at the slot's anchor later differ (beyond white space and
// quotation style), the verdict is stale until a checker confirms it or reopens the claim.
import { reanchorSlot } from './reanchor';
import type { JudgedWords, SourceSlot, Staleness } from './slot';
import { wordsChanged } from './wordDiff';

/** The slot's claim as it reads in `text` now: found again, or (orphaned) as last recorded. */
export function currentWords(text: string, slot: SourceSlot): string {
  const { anchoring } = reanchorSlot(text, slot);
  return anchoring.found ? text.slice(anchoring.range.start, anchoring.range.end) : slot.anchor.exact;
}

export function judgedNow(text: string, slot: SourceSlot, at: string, by: string | undefined): JudgedWords {
  return { exact: currentWords(text, slot), at, ...(by !== undefined ? { by } : {}) };
}

/** For a slot already re-anchored on the current text: how its verdict's words changed, if they did. */
export function wordsStaleness(slot: SourceSlot): Staleness | undefined {
  if (slot.verdict === undefined || !slot.judged) return undefined;
  if (!wordsChanged(slot.judged.exact, slot.anchor.exact)) return undefined;
  return { reason: 'claim-changed', was: slot.judged.exact, now: slot.anchor.exact };
}
