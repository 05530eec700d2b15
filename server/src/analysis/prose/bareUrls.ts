// Bare web addresses ("http://example.org/2176fPm", "www.example.org/report") are no prose: read
// as words, a short link's digits become a statistic and the line an unattributed claim. Every
// format blanks them with spaces of the same length, so prose offsets keep their meaning (the
// source's, or the prose map's).
import type { Span } from '../finding';
import { blankSpans } from './blank';

const URL_START = /https?:\/\/|www\./i;
const STARTS_AS_URL = /^(?:https?:\/\/|www\.)/i;
/** Where an address starts, and what one runs on with: no white space, angle brackets or double quotes. */
const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]*/gi;
/** Punctuation that ends the sentence or closes a quote rather than the address. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '‘', '’']);

/** The spans of `text` that are bare web addresses, in order. */
export function bareUrls(text: string): Span[] {
  const urls: Span[] = [];
  if (!holdsUrlStart(text)) return urls;
  for (const match of text.matchAll(CANDIDATE)) {
    const url = withoutTrailing(match[0]);
    if (STARTS_AS_URL.test(url)) urls.push({ start: match.index, end: match.index + url.length });
  }
  return urls;
}

/** Whether `text` holds the start of an address: a line without one holds no address. */
export function holdsUrlStart(text: string): boolean {
  return URL_START.test(text);
}

/** `text` with its bare web addresses blanked (line breaks cannot be in one): the same length. */
export function withoutBareUrls(text: string): string {
  return blankSpans(text, bareUrls(text));
}

/**
 * The address without what follows it in the sentence: trailing punctuation, a character
 * reference ("&rdquo;", as CommonMark's autolinks leave one out), a closing parenthesis with no
 * opening one in the address ("(see www.example.org)"), while one in a pair stays
 * ("…/wiki/Bridge_(1932)"). It stops at the first character it keeps, so the work is linear.
 */
function withoutTrailing(candidate: string): string {
  let unclosed = 0;
  for (const character of candidate) {
    if (character === '(') unclosed++;
    else if (character === ')') unclosed--;
  }
  let end = candidate.length;
  for (;;) {
    const last = candidate[end - 1];
    const reference = last === ';' ? referenceStart(candidate, end - 1) : -1;
    if (reference >= 0) end = reference;
    else if (TRAILING.has(last)) end--;
    else if (last === ')' && unclosed < 0) {
      end--;
      unclosed++;
    } else return candidate.slice(0, end);
  }
}

/** Where the character reference ending just before the ";" at `semicolon` starts ("&", "&#"), or -1. */
function referenceStart(text: string, semicolon: number): number {
  let at = semicolon;
  while (at > 0 && /[A-Za-z0-9]/.test(text[at - 1])) at--;
  if (at === semicolon) return -1;
  if (text[at - 1] === '#') at--;
  return text[at - 1] === '&' ? at - 1 : -1;
}
