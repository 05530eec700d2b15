// A slot moved to where its claim now sits, its anchor rewritten from the current text so the
// next save records the new position and context. A slot that cannot be found keeps its old
// anchor untouched: it is orphaned, and may be found again after a later edit.
import { anchorAt, findAnchor, type Anchoring } from './anchor';
import type { SourceSlot } from './slot';
import { TextIndex } from './textIndex';

export interface Reanchored {
  slot: SourceSlot;
  anchoring: Anchoring;
}

/** `index` may be shared by all the slots of one text. */
export function reanchorSlot(text: string, slot: SourceSlot, index = new TextIndex(text)): Reanchored {
  const anchoring = findAnchor(text, slot.anchor, index);
  if (!anchoring.found) return { slot, anchoring };
  const anchor = anchorAt(text, anchoring.range);
  const same = anchor.start === slot.anchor.start && anchor.end === slot.anchor.end && anchor.exact === slot.anchor.exact && anchor.prefix === slot.anchor.prefix && anchor.suffix === slot.anchor.suffix;
  return { slot: same ? slot : { ...slot, anchor }, anchoring };
}

export function reanchorSlots(text: string, slots: readonly SourceSlot[]): SourceSlot[] {
  const index = new TextIndex(text);
  return slots.map((slot) => reanchorSlot(text, slot, index).slot);
}
