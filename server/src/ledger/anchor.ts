// Finds a slot's claim again in the current text of its article, after any edit. Pure: text in,
// range out. Tried in order of trust: the recorded position, the exact words elsewhere, the words
// around the claim (prefix/suffix), then a fuzzy match tolerating small edits inside the claim.
import type { Span } from '../analysis/finding';
import type { Anchor } from './slot';
import { fuzzyMatch } from './fuzzyMatch';
import { contextAgreement, indexWithin, nearestFirst, occurrences, resemblance } from './textMatch';
import { TextIndex } from './textIndex';

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
/** Exact words are looked for this far around the old place before the whole text. */
const NEAR_WINDOW = 8192;

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

/** `index` may be shared by all the slots of one text (see TextIndex). */
export function findAnchor(text: string, anchor: Anchor, index = new TextIndex(text)): Anchoring {
  const variants = lineEndingVariants(anchor, text);
  for (const v of variants) {
    if (v.exact.length === v.end - v.start && text.startsWith(v.exact, v.start) && isTrusted(v, contextAgreement(text, v.start, v.end, v.prefix, v.suffix))) {
      return found(text, v, 'position');
    }
  }
  let untrusted: Span | undefined;
  for (const v of variants) {
    const match = exactMatch(text, v, index);
    if (match?.trusted) return found(text, match.range, 'exact');
    untrusted ??= match?.range;
  }
  for (const v of variants) {
    const range = contextMatch(text, v, index);
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
    const range = fuzzyMatch(text, v, index);
    if (range) return found(text, range, 'fuzzy');
  }
  return { found: false };
}

function found(text: string, range: Span, method: AnchorMethod): Anchoring {
  return { found: true, range: snapToCharacters(text, range), method };
}

/** The claim's exact words with the best agreeing context: near the old place first, then anywhere. */
function exactMatch(text: string, anchor: Anchor, index: TextIndex): { range: Span; trusted: boolean } | undefined {
  const from = Math.max(0, anchor.start - NEAR_WINDOW);
  const near = bestOccurrence(text, anchor, occurrences(text, anchor.exact, anchor.start, 1000, from, anchor.end + NEAR_WINDOW));
  if ((near?.trusted ?? false) || (from === 0 && anchor.end + NEAR_WINDOW >= text.length)) return near;
  return bestOccurrence(text, anchor, nearestFirst(index.find(anchor.exact, 1000), anchor.start)) ?? near;
}

function bestOccurrence(text: string, anchor: Anchor, starts: number[]): { range: Span; trusted: boolean } | undefined {
  let best: { range: Span; agreement: number } | undefined;
  for (const start of starts) {
    const end = start + anchor.exact.length;
    const agreement = contextAgreement(text, start, end, anchor.prefix, anchor.suffix);
    if (!best || agreement > best.agreement) best = { range: { start, end }, agreement };
  }
  return best && { range: best.range, trusted: isTrusted(anchor, best.agreement) };
}

/** A short claim found where its context no longer agrees may be another instance of the same words. */
function isTrusted(anchor: Anchor, agreement: number): boolean {
  return agreement >= TRUSTED_AGREEMENT || anchor.exact.length >= TRUSTED_LENGTH;
}

/**
 * The text between the recorded prefix and suffix, if they still stand a plausible distance apart.
 * When the whole context is not found, the half of each side next to the claim is tried: a
 * reordered paragraph or a new sentence changes the far end of the context first.
 */
function contextMatch(text: string, anchor: Anchor, index: TextIndex): Span | undefined {
  const { prefix, suffix } = anchor;
  const half = CONTEXT_LENGTH / 2;
  const tries: [string, string][] = [[prefix, suffix]];
  if (prefix.length > half) tries.push([prefix.slice(-half), suffix]);
  if (suffix.length > half) tries.push([prefix, suffix.slice(0, half)]);
  if (prefix.length > half && suffix.length > half) tries.push([prefix.slice(-half), suffix.slice(0, half)]);
  for (const [before, after] of tries) {
    const range = between(text, anchor, before, after, index);
    if (range) return range;
  }
  return undefined;
}

function between(text: string, anchor: Anchor, before: string, after: string, index: TextIndex): Span | undefined {
  if (before.length + after.length < MIN_CONTEXT) return undefined;
  // An empty side stands for the start or end of the text only when it was recorded empty.
  if ((before === '' && anchor.prefix !== '') || (after === '' && anchor.suffix !== '')) return undefined;
  const minLength = Math.max(1, Math.floor(anchor.exact.length / 3));
  const maxLength = anchor.exact.length * 2 + CONTEXT_LENGTH;
  const starts = before.length > 0 ? nearestFirst(index.find(before, 1000), anchor.start - before.length).slice(0, 200).map((i) => i + before.length) : [0];
  for (const start of starts) {
    const end = after.length > 0 ? indexWithin(text, after, start + minLength, start + maxLength + after.length) : text.length;
    if (end !== -1 && end - start >= minLength && end - start <= maxLength) return { start, end };
  }
  return undefined;
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
