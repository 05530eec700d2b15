// The words the ledger, the report, the CLI and both ends of the editor protocol share: verdicts,
// claim statuses, report formats. Plain data with no imports, so the CLI can use them without the
// RPC library protocol.ts brings along.

/** A checker's judgement of a claim, as recorded in its source slot. */
export const VERDICTS = ['verified', 'partly-true', 'misleading', 'false', 'unverifiable', 'opinion'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Where a claim stands: no verdict yet, a verdict given on words (or evidence) that have since
 * changed, checked, not a claim, or its text is gone. `stale` counts as open everywhere.
 */
export const CLAIM_STATUSES = ['open', 'stale', 'resolved', 'dismissed', 'orphaned'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses that still need a checker: the gate, the status bar and the report count them as open. */
export const NEEDS_CHECKING: readonly ClaimStatus[] = ['open', 'stale', 'orphaned'];

/** Why a verdict went stale: the claim's words changed, or an attached evidence file did. */
export const STALE_REASONS = ['claim-changed', 'source-changed'] as const;
export type StaleReason = (typeof STALE_REASONS)[number];

/** Where a source is: a web address, or a workspace file relative to the article's folder. */
export type SourceKind = 'url' | 'file';

export const REPORT_FORMATS = ['md', 'html', 'json', 'csv', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * What checking a quote or figure against its attached source document found: the words as
 * written, the words with the allowed edits of journalistic practice, different words, or nothing
 * close enough.
 */
export const SOURCE_CHECK_STATUSES = ['verbatim', 'allowed-edits', 'differs', 'not-found'] as const;
export type SourceCheckStatus = (typeof SOURCE_CHECK_STATUSES)[number];
