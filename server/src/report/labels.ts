// The words a reader sees for kinds, statuses and verdicts, shared by every human-readable format.
import type { FindingKind } from '../analysis/finding';
import type { ClaimStatus, Verdict } from '../ledger/slot';
import type { ReportEntry } from './model';

export const KIND_LABELS: Record<FindingKind, string> = {
  attribution: 'Attribution',
  quote: 'Direct quote',
  allegation: 'Allegation',
  'anonymous-source': 'Anonymous source',
  statistic: 'Statistic',
  unattributed: 'Unattributed claim',
  'right-of-reply': 'Right of reply',
  hedge: 'Hedge',
};

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  open: 'Open',
  stale: 'Stale verdict',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
  orphaned: 'Orphaned',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  verified: 'Verified',
  'partly-true': 'Partly true',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
  opinion: 'Opinion',
};

/** The order the report reads in: what still needs work first. */
export const REPORT_SECTIONS: readonly { title: string; statuses: readonly ClaimStatus[] }[] = [
  { title: 'Open findings', statuses: ['open'] },
  { title: 'Stale verdicts', statuses: ['stale'] },
  { title: 'Resolved findings', statuses: ['resolved'] },
  { title: 'Dismissed and orphaned', statuses: ['dismissed', 'orphaned'] },
];

/** A ledger read from disk may hold a verdict this build does not know: show it as written. */
export function verdictLabel(verdict: string): string {
  return Object.hasOwn(VERDICT_LABELS, verdict) ? VERDICT_LABELS[verdict as Verdict] : verdict;
}

/**
 * The words an entry card quotes, once: the claim when it holds the marked words (a quote is its
 * own claim; a figure or an "allegedly" sits in its sentence), and the marked words beside it only
 * when they are not the claim itself. Read by offsets: `content` may be an excerpt of the claim.
 */
export function entryWords(entry: Pick<ReportEntry, 'text' | 'start' | 'end' | 'content' | 'contentStart' | 'contentEnd' | 'cue'>): { quoted: string; marked?: string; claim?: string } {
  const { text, content, start, end, contentStart, contentEnd } = entry;
  if (content === undefined || start === undefined || end === undefined || contentStart === undefined || contentEnd === undefined) return { quoted: text };
  if (start <= contentStart && contentEnd <= end) return { quoted: text };
  if (contentStart <= start && end <= contentEnd) return { quoted: content, ...(text !== entry.cue ? { marked: text } : {}) };
  return { quoted: text, claim: content };
}

/** Where an entry stands, as people count (from 1), or that its claim is gone from the text. */
export function entryPlace(entry: Pick<ReportEntry, 'line' | 'column'>): string {
  return entry.line === undefined ? 'no longer in the text' : `line ${entry.line}, column ${entry.column}`;
}
