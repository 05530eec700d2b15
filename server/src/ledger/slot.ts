// The source slot: what a fact-checker records against one finding. On disk each slot is one W3C
// Web Annotation in the article's sidecar (`<file>.factcheck.json`); this is its in-memory form.
import type { Finding, FindingKind, Span } from '../analysis/finding';
import type { ClaimStatus, SourceKind, StaleReason, Verdict } from '../vocabulary';

export { VERDICTS, type ClaimStatus, type StaleReason, type Verdict } from '../vocabulary';

/**
 * A workspace file's fingerprint, taken when it was attached or a verdict on it was given: if the
 * file later differs, the verdicts resting on it are stale.
 */
export interface FileEvidence {
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  size: number;
  /** ISO 8601 modification time: a file whose size and time still match is not read again. */
  modified: string;
}

/**
 * A web source's kept copy, or why none could be kept. `cached` is the copy's path relative to the
 * article's folder (`…/.factcheck/sources/<sha256>.<ext>`); `retrieved` when it was fetched.
 */
export type WebArchive =
  | { cached: string; sha256: string; retrieved: string; status: number; contentType: string }
  | { error: string; retrieved: string; status?: number };

export interface SourceRef {
  /** A web address, or a workspace file given relative to the article's folder. */
  kind: SourceKind;
  target: string;
  title?: string;
  excerpt?: string;
  /** ISO 8601 date-time the checker consulted the source. */
  accessed?: string;
  /** For a workspace file: its fingerprint when attached or last judged on. */
  evidence?: FileEvidence;
  /** For a web source: the copy kept in the workspace, or why it failed. */
  archive?: WebArchive;
  /** Why the source is not trusted (a file outside the workspace): shown as text, never linked or read. Not stored. */
  refused?: string;
}

/**
 * What a check of one file source found: as fingerprinted, different, gone, or never fingerprinted
 * (attached before fingerprints were kept, or missing when attached). `sha256` is the file's now.
 */
export interface EvidenceState {
  target: string;
  state: 'unchanged' | 'changed' | 'missing' | 'unrecorded';
  sha256?: string;
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
  /** The annotation's keys this extension does not know (another W3C annotation tool's): written back as read. */
  extra?: Record<string, unknown>;
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
  /** The checks of the slot's workspace file sources, when they were checked. */
  evidence?: EvidenceState[];
  range: Span;
  finding?: Finding;
  slot?: SourceSlot;
}
