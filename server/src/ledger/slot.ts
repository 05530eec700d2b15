// The source slot: what a fact-checker records against one finding. On disk each slot is one W3C
// Web Annotation in the article's sidecar (`<file>.factcheck.json`); this is its in-memory form.
import type { Finding, FindingKind, Span } from '../analysis/finding';
import type { ClaimStatus, SourceKind, StaleReason, Verdict } from '../vocabulary';

export { VERDICTS, type ClaimStatus, type StaleReason, type Verdict } from '../vocabulary';

export interface SourceRef {
  /** A web address, or a workspace file given relative to the article's folder. */
  kind: SourceKind;
  target: string;
  title?: string;
  excerpt?: string;
  /** ISO 8601 date-time the checker consulted the source. */
  accessed?: string;
}

/** Where the slot's claim sits: TextQuoteSelector and TextPositionSelector together. */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The exact claim text a verdict was given on, and who gave or last confirmed it, when. */
export interface JudgedWords {
  exact: string;
  /** Absent when the words were taken from a sidecar written before judged words were recorded. */
  by?: string;
  at?: string;
}

export interface SourceSlot {
  /** Stable for the life of the slot, independent of the text (a UUID). */
  id: string;
  kind: FindingKind;
  anchor: Anchor;
  sources: SourceRef[];
  verdict?: Verdict;
  /** Recorded whenever a verdict is set or confirmed; a verdict on other words is stale. */
  judged?: JudgedWords;
  note?: string;
  dismissed?: boolean;
  creator?: string;
  /** ISO 8601 date-times. */
  created: string;
  modified: string;
}

/**
 * A finding joined with its slot, or a slot whose claim could not be found again (orphaned,
 * no finding). `range` is where it sits in the current text.
 */
/** Why a claim's verdict no longer holds as recorded: what it was given on, and what stands now. */
export interface Staleness {
  reason: StaleReason;
  was: string;
  now: string;
  /** For `source-changed`: the evidence file (as recorded in the slot) that changed. */
  source?: string;
}

export interface Claim {
  status: ClaimStatus;
  /** Set exactly when `status` is `stale`. */
  stale?: Staleness;
  range: Span;
  finding?: Finding;
  slot?: SourceSlot;
}
