import type { ClaimStatus, SourceSlot } from './slot';

/** Dismissed wins; a slot with at least one source and a verdict resolves its claim. */
export function slotStatus(slot: SourceSlot | undefined): Exclude<ClaimStatus, 'orphaned'> {
  if (!slot) return 'open';
  if (slot.dismissed) return 'dismissed';
  return slot.sources.length > 0 && slot.verdict !== undefined ? 'resolved' : 'open';
}
