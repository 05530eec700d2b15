import type { FindingKind } from '../finding';

/** FNV-1a, 32 bit: cheap, deterministic, good enough to tell findings apart in one article. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An id that stays the same for the same finding text at the same offset, run after run. */
export function findingId(kind: FindingKind, start: number, text: string): string {
  return `${kind}-${start.toString(36)}-${fnv1a(text).toString(36)}`;
}

/** The id of a finding moved to `start` with its text unchanged: the hash in its id is kept, not recomputed. */
export function movedFindingId(finding: { id: string; kind: FindingKind }, start: number): string {
  return `${finding.kind}-${start.toString(36)}-${finding.id.slice(finding.id.lastIndexOf('-') + 1)}`;
}
