// Finds a slot's claim again in the current text of its article, after any edit. Pure: text in,
// range out. Tried in order of trust: the recorded position, the exact words elsewhere, the words
// around the claim (prefix/suffix), then a fuzzy match tolerating small edits inside the claim.
import search from 'approx-string-match';
import type { Span } from '../analysis/finding';
import type { Anchor } from './slot';
import { contextAgreement, occurrences, resemblance } from './textMatch';

/** Characters of context kept on each side of a claim, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

export type AnchorMethod = 'position' | 'exact' | 'context' | 'fuzzy';

export type Anchoring = { found: true; range: Span; method: AnchorMethod } | { found: false };

/** An exact match elsewhere is trusted outright when this much of its context agrees. */
const TRUSTED_AGREEMENT = 0.25;
/** ... or when the claim itself is this long: long passages do not repeat by chance. */
const TRUSTED_LENGTH = 32;
/** Prefix and suffix together must be this long to place a claim by its context alone. */
const MIN_CONTEXT = 12;
/** A context match must share this much (start and end) with the claim to beat its exact words found elsewhere. */
const CONTEXT_RESEMBLANCE = 0.5;
/** Shorter claims are too ambiguous for a fuzzy match. */
const MIN_FUZZY_LENGTH = 8;
const FUZZY_ERROR_RATE = 0.25;
const MAX_FUZZY_ERRORS = 128;
/** The fuzzy search looks this far around the old place before searching the whole text. */
const FUZZY_WINDOW = 8192;

/** The anchor (quote, context and position) of `span` in `text`, widened to whole characters. */
export function anchorAt(text: string, span: Span): Anchor {
  const clamped = { start: clamp(span.start, 0, text.length), end: 0 };
  clamped.end = clamp(span.end, clamped.start, text.length);
  const { start, end } = snapToCharacters(text, clamped);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

export function findAnchor(text: string, anchor: Anchor): Anchoring {
  const variants = lineEndingVariants(anchor, text);
  for (const v of variants) {
    if (v.exact.length === v.end - v.start && text.startsWith(v.exact, v.start) && isTrusted(v, contextAgreement(text, v.start, v.end, v.prefix, v.suffix))) {
      return found(text, v, 'position');
    }
  }
  let untrusted: Span | undefined;
  for (const v of variants) {
    const match = exactMatch(text, v);
    if (match?.trusted) return found(text, match.range, 'exact');
    untrusted ??= match?.range;
  }
  for (const v of variants) {
    const range = contextMatch(text, v);
    if (!range) continue;
    // The claim's own words inside its old context: text was added beside them, not into them.
    const within = occurrences(text.slice(range.start, range.end), v.exact, v.start - range.start, 1);
    if (within.length > 0) return found(text, { start: range.start + within[0], end: range.start + within[0] + v.exact.length }, 'exact');
    // Between the old context stands something unlike the claim, while the claim's words stand elsewhere.
    if (untrusted && resemblance(text.slice(range.start, range.end), v.exact) < CONTEXT_RESEMBLANCE) break;
    return found(text, range, 'context');
  }
  if (untrusted) return found(text, untrusted, 'exact');
  for (const v of variants) {
    const range = fuzzyMatch(text, v);
    if (range) return found(text, range, 'fuzzy');
  }
  return { found: false };
}

function found(text: string, range: Span, method: AnchorMethod): Anchoring {
  return { found: true, range: snapToCharacters(text, range), method };
}

function exactMatch(text: string, anchor: Anchor): { range: Span; trusted: boolean } | undefined {
  let best: { range: Span; agreement: number } | undefined;
  for (const start of occurrences(text, anchor.exact, anchor.start)) {
    const end = start + anchor.exact.length;
    const agreement = contextAgreement(text, start, end, anchor.prefix, anchor.suffix);
    if (!best || agreement > best.agreement) best = { range: { start, end }, agreement };
  }
  if (!best) return undefined;
  return { range: best.range, trusted: isTrusted(anchor, best.agreement) };
}

/** A short claim found where its context no longer agrees may be another instance of the same words. */
function isTrusted(anchor: Anchor, agreement: number): boolean {
  return agreement >= TRUSTED_AGREEMENT || anchor.exact.length >= TRUSTED_LENGTH;
}

/** The text between the recorded prefix and suffix, if they still stand a plausible distance apart. */
function contextMatch(text: string, anchor: Anchor): Span | undefined {
  if (anchor.prefix.length + anchor.suffix.length < MIN_CONTEXT) return undefined;
  const minLength = Math.max(1, Math.floor(anchor.exact.length / 3));
  const maxLength = anchor.exact.length * 2 + CONTEXT_LENGTH;
  const starts = anchor.prefix.length > 0 ? occurrences(text, anchor.prefix, anchor.start - anchor.prefix.length, 200).map((i) => i + anchor.prefix.length) : [0];
  for (const start of starts) {
    const end = anchor.suffix.length > 0 ? text.indexOf(anchor.suffix, start + minLength) : text.length;
    if (end !== -1 && end - start >= minLength && end - start <= maxLength) return { start, end };
  }
  return undefined;
}

/** The closest approximate match of the claim: fewest edits, then best context, then nearest. */
function fuzzyMatch(text: string, anchor: Anchor): Span | undefined {
  if (anchor.exact.length < MIN_FUZZY_LENGTH) return undefined;
  const maxErrors = Math.min(Math.floor(anchor.exact.length * FUZZY_ERROR_RATE), MAX_FUZZY_ERRORS);
  const from = Math.max(0, anchor.start - FUZZY_WINDOW);
  const to = Math.min(text.length, anchor.end + FUZZY_WINDOW);
  const nearby = bestFuzzy(text, anchor, search(text.slice(from, to), anchor.exact, maxErrors), from);
  if (nearby || (from === 0 && to === text.length)) return nearby;
  return bestFuzzy(text, anchor, search(text, anchor.exact, maxErrors), 0);
}

function bestFuzzy(text: string, anchor: Anchor, matches: { start: number; end: number; errors: number }[], offset: number): Span | undefined {
  let best: { range: Span; errors: number; agreement: number; distance: number } | undefined;
  for (const match of matches) {
    const range = { start: match.start + offset, end: match.end + offset };
    if (range.end <= range.start) continue;
    const candidate = {
      range,
      errors: match.errors,
      agreement: contextAgreement(text, range.start, range.end, anchor.prefix, anchor.suffix),
      distance: Math.abs(range.start - anchor.start),
    };
    if (!best || candidate.errors < best.errors || (candidate.errors === best.errors && (candidate.agreement > best.agreement || (candidate.agreement === best.agreement && candidate.distance < best.distance)))) {
      best = candidate;
    }
  }
  return best?.range;
}

/**
 * The anchor as it would read in `text`'s line endings too: a sidecar written on Windows (CRLF)
 * must still find its claims after a checkout with LF, and the other way round.
 */
function lineEndingVariants(anchor: Anchor, text: string): Anchor[] {
  const variants = [anchor];
  const quoted = anchor.prefix + anchor.exact + anchor.suffix;
  const textHasCrlf = text.includes('\r\n');
  if (!textHasCrlf && quoted.includes('\r\n')) variants.push(mapQuote(anchor, (s) => s.replace(/\r\n/g, '\n')));
  if (textHasCrlf && /(^|[^\r])\n/.test(quoted)) variants.push(mapQuote(anchor, (s) => s.replace(/\r?\n/g, '\r\n')));
  return variants.filter((v) => v.exact.length > 0);
}

function mapQuote(anchor: Anchor, map: (s: string) => string): Anchor {
  return { ...anchor, exact: map(anchor.exact), prefix: map(anchor.prefix), suffix: map(anchor.suffix) };
}

/** Never start or end a range between the two halves of an emoji (a surrogate pair). */
function snapToCharacters(text: string, range: Span): Span {
  let { start, end } = range;
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
