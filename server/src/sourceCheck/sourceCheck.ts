// What a check of a quote or figure against one source document says: its status, the passage it
// found and where, the allowed edits it accepted, and how the article's words differ.
import type { SourceCheckStatus } from '../vocabulary';
import type { SourcePlace } from './sourceIndex';

export type { SourceCheckStatus } from '../vocabulary';

/** An edit journalistic practice allows, as made in this quote. */
export interface AllowedEdit {
  kind: 'first-letter-case' | 'final-punctuation' | 'ellipsis' | 'brackets';
  /** As the article has it. */
  article: string;
  /** As the source has it ('' for words the article left out or added in brackets). */
  source: string;
}

/** One stretch of the word diff between the article's words and the source's. */
export interface DiffPart {
  /** same: both say it; added: only the article; dropped: only the source; changed: each says something else; stitched: words from another place in the source, joined without an ellipsis. */
  type: 'same' | 'added' | 'dropped' | 'changed' | 'stitched';
  article?: string;
  source?: string;
  /** What makes the difference matter: a dropped or added negation, a changed number, where stitched words come from. */
  note?: string;
}

export interface SourceCheck {
  status: SourceCheckStatus;
  /** The source's words the check rests on (for not-found: none). */
  passage?: string;
  /** Where the passage starts: offset into the source text, page and line. */
  offset?: number;
  place?: SourcePlace;
  edits: AllowedEdit[];
  diff: DiffPart[];
}

/** The order results are preferred in when a claim has several sources. */
const RANK: Record<SourceCheckStatus, number> = { verbatim: 0, 'allowed-edits': 1, differs: 2, 'not-found': 3 };

export function betterCheck<T extends SourceCheck>(a: T, b: T): T {
  return RANK[b.status] < RANK[a.status] ? b : a;
}

/** One line naming what differs, for a diagnostic: "drops “not”; “45” → “48”". */
export function differenceSummary(diff: DiffPart[]): string {
  const parts = diff.flatMap((part) => {
    if (part.note) return [part.note];
    if (part.type === 'added') return [`adds “${part.article}”`];
    if (part.type === 'dropped') return [`drops “${part.source}”`];
    if (part.type === 'changed') return [`“${part.source}” → “${part.article}”`];
    return [];
  });
  const shown = parts.slice(0, 3).join('; ');
  return parts.length > 3 ? `${shown}; and ${parts.length - 3} more` : shown;
}

export function editSummary(edit: AllowedEdit): string {
  switch (edit.kind) {
    case 'first-letter-case':
      return `first letter's case: “${edit.article}” for “${edit.source}”`;
    case 'final-punctuation':
      return edit.source ? `final “${edit.source}” made “${edit.article}” before the attribution` : `“${edit.article}” closes the quote before the attribution`;
    case 'ellipsis':
      return `“${edit.article}” stands for omitted words: “${edit.source}”`;
    case 'brackets':
      return edit.source ? `“${edit.article}” stands for “${edit.source}”` : `“${edit.article}” added in brackets`;
  }
}
