// Counts for the report's summary table: every kind against every status, with totals both ways.
import { FINDING_KINDS, type FindingKind } from '../analysis/finding';
import { CLAIM_STATUSES, type ClaimStatus } from '../vocabulary';

export { CLAIM_STATUSES };

export type StatusCounts = Record<ClaimStatus, number>;

export interface ReportSummary {
  total: number;
  byStatus: StatusCounts;
  /** Every kind is present, with zeros, so tables line up across reports. */
  byKind: Record<FindingKind, StatusCounts & { total: number }>;
}

function zeroStatuses(): StatusCounts {
  return { open: 0, stale: 0, resolved: 0, dismissed: 0, orphaned: 0 };
}

export function summarise(entries: readonly { kind: FindingKind; status: ClaimStatus }[]): ReportSummary {
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, { ...zeroStatuses(), total: 0 }])) as ReportSummary['byKind'];
  const byStatus = zeroStatuses();
  for (const { kind, status } of entries) {
    byKind[kind][status]++;
    byKind[kind].total++;
    byStatus[status]++;
  }
  return { total: entries.length, byStatus, byKind };
}
