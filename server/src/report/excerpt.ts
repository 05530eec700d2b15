// A claim's words as a report card shows them: whole when they are sentence-sized, else a window
// around the finding's own words. A sentence holding a thousand figures would otherwise be copied
// into each of their thousand cards, and a report would grow with the square of the text.
import type { Span } from '../analysis/finding';

/** Characters of a claim shown whole; a longer claim is shown as an excerpt of about this length. */
export const EXCERPT_LIMIT = 240;

/**
 * The text of `claim`, or when it is longer than `limit`, the part of it around `words` (the
 * finding's own words, kept whole up to `limit`), cut at white space, with "…" where it was cut.
 */
export function excerpt(text: string, claim: Span, words: Span, limit = EXCERPT_LIMIT): string {
  if (claim.end - claim.start <= limit) return text.slice(claim.start, claim.end);
  const from = Math.min(Math.max(words.start, claim.start), claim.end);
  const to = Math.max(from, Math.min(words.end, claim.end, from + limit));
  const spare = Math.max(0, limit - (to - from));
  let start = Math.max(claim.start, from - (spare >> 1));
  const end = Math.min(claim.end, Math.max(to, start + limit));
  start = Math.max(claim.start, Math.min(start, end - limit));
  const cutStart = start > claim.start ? afterSpace(text, start, from) : start;
  const cutEnd = end < claim.end ? beforeSpace(text, end, to) : end;
  return `${cutStart > claim.start ? '…' : ''}${text.slice(cutStart, cutEnd).trim()}${cutEnd < claim.end ? '…' : ''}`;
}

/** The first word start at or after `at`, not past `limit` (the finding's words are kept). */
function afterSpace(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (/\s/.test(text[i - 1])) return i;
  return isLowSurrogate(text, at) ? at + 1 : at;
}

/** The last word end at or before `at`, not before `limit`. */
function beforeSpace(text: string, at: number, limit: number): number {
  for (let i = at; i > limit; i--) if (/\s/.test(text[i])) return i;
  return isLowSurrogate(text, at) ? at - 1 : at;
}

/** A cut here would split a character written as two UTF-16 code units (an emoji). */
function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}
