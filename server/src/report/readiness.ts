// Whether an article is ready for a desk editor's sign-off: nothing left open, no verdict given on
// words that have changed since (stale), no slot whose claim is gone, and no claim the checker
// found false or misleading still standing in the text.
import type { ClaimStatus, Verdict } from '../vocabulary';

/** Verdicts that mean the text must change (or the editor must decide) before publication. */
export const DISPUTED_VERDICTS: readonly Verdict[] = ['false', 'misleading'];

export interface Readiness {
  ready: boolean;
  /** Findings with no verdict yet. */
  open: number;
  /** Verdicts given on other words than stand now. */
  stale: number;
  /** Slots whose claim is no longer in the text. */
  orphaned: number;
  /** Resolved as false or misleading. */
  disputed: number;
  /** Checked with a verdict. */
  resolved: number;
  dismissed: number;
}

export function readiness(entries: readonly { status: ClaimStatus; verdict?: Verdict }[]): Readiness {
  const counts: Readiness = { ready: false, open: 0, stale: 0, orphaned: 0, disputed: 0, resolved: 0, dismissed: 0 };
  for (const { status, verdict } of entries) {
    if (status === 'open') counts.open++;
    else if (status === 'stale') counts.stale++;
    else if (status === 'orphaned') counts.orphaned++;
    else if (status === 'dismissed') counts.dismissed++;
    else if (status === 'resolved') {
      counts.resolved++;
      if (verdict && DISPUTED_VERDICTS.includes(verdict)) counts.disputed++;
    }
  }
  counts.ready = counts.open === 0 && counts.stale === 0 && counts.orphaned === 0 && counts.disputed === 0;
  return counts;
}

/** One line a reader takes in at a glance: "Not ready: 12 open, 1 disputed". */
export function readinessLine(state: Readiness): string {
  if (state.ready) return `Ready for sign-off: ${state.resolved} checked, ${state.dismissed} dismissed`;
  const parts = [
    state.open ? `${state.open} open` : '',
    state.stale ? `${state.stale} stale` : '',
    state.disputed ? `${state.disputed} disputed (false or misleading)` : '',
    state.orphaned ? `${state.orphaned} orphaned` : '',
  ].filter(Boolean);
  return `Not ready: ${parts.join(', ')}`;
}
