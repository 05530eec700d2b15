// The last resort of anchoring: the claim's words with small edits in them. Near the old place the
// whole neighbourhood is searched (Myers' bit-parallel algorithm, via approx-string-match); across
// the whole text only where a piece of the claim still stands unchanged, which any match with k
// edits must contain when the claim is cut into k + 1 pieces. That keeps a 600 KB text fast.
import search from 'approx-string-match';
import type { Span } from '../analysis/finding';
import type { Anchor } from './slot';
import type { TextIndex } from './textIndex';
import { contextAgreement } from './textMatch';

/** Shorter claims are too ambiguous for a fuzzy match. */
const MIN_FUZZY_LENGTH = 8;
/** Edits tolerated near the old place, per character of the claim. */
const NEAR_ERROR_RATE = 0.25;
/** Far away, one edit per this many characters (and one fewer): a claim that moved far must have changed less. */
const PIECE_LENGTH = 8;
const MAX_ERRORS = 128;
/** How far around the old place counts as near. */
const NEAR_WINDOW = 8192;
/** Places checked across the text, at most; enough unless a piece of the claim repeats endlessly. */
const MAX_FAR_CANDIDATES = 2000;

interface Match {
  start: number;
  end: number;
  errors: number;
}

export function fuzzyMatch(text: string, anchor: Anchor, index: TextIndex): Span | undefined {
  if (anchor.exact.length < MIN_FUZZY_LENGTH) return undefined;
  const from = Math.max(0, anchor.start - NEAR_WINDOW);
  const to = Math.min(text.length, anchor.end + NEAR_WINDOW);
  const near = searchIn(text, { start: from, end: to }, anchor.exact, errorBudget(anchor.exact, NEAR_ERROR_RATE));
  const nearBest = best(text, anchor, near);
  if (nearBest || (from === 0 && to === text.length)) return nearBest;
  return best(text, anchor, farMatches(text, anchor.exact, index));
}

function errorBudget(exact: string, rate: number): number {
  return Math.min(Math.floor(exact.length * rate), MAX_ERRORS);
}

function searchIn(text: string, window: Span, pattern: string, maxErrors: number): Match[] {
  return search(text.slice(window.start, window.end), pattern, maxErrors).map((m) => ({ start: m.start + window.start, end: m.end + window.start, errors: m.errors }));
}

/** Approximate matches anywhere, checked only around unchanged pieces of the claim. */
function farMatches(text: string, exact: string, index: TextIndex): Match[] {
  // Pieces of at least eight characters, so the text index can find them.
  const maxErrors = Math.min(Math.floor(exact.length / PIECE_LENGTH) - 1, MAX_ERRORS);
  if (maxErrors < 1) return [];
  const pieceLength = Math.floor(exact.length / (maxErrors + 1));
  const windows: Span[] = [];
  for (let p = 0; p <= maxErrors && windows.length < MAX_FAR_CANDIDATES; p++) {
    const offset = p * pieceLength;
    const piece = exact.slice(offset, p === maxErrors ? exact.length : offset + pieceLength);
    for (const i of index.find(piece, MAX_FAR_CANDIDATES - windows.length)) {
      windows.push({ start: Math.max(0, i - offset - maxErrors), end: Math.min(text.length, i - offset + exact.length + maxErrors) });
    }
  }
  const matches = mergeWindows(windows).flatMap((window) => searchIn(text, window, exact, maxErrors));
  const fewest = Math.min(...matches.map((m) => m.errors));
  return matches.filter((m) => m.errors === fewest);
}

function mergeWindows(windows: Span[]): Span[] {
  const merged: Span[] = [];
  for (const window of windows.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

/** Fewest edits, then best agreeing context, then nearest to the old place. */
function best(text: string, anchor: Anchor, matches: Match[]): Span | undefined {
  let chosen: { range: Span; errors: number; agreement: number; distance: number } | undefined;
  for (const match of matches) {
    if (match.end <= match.start) continue;
    const candidate = {
      range: { start: match.start, end: match.end },
      errors: match.errors,
      agreement: contextAgreement(text, match.start, match.end, anchor.prefix, anchor.suffix),
      distance: Math.abs(match.start - anchor.start),
    };
    if (!chosen || candidate.errors < chosen.errors || (candidate.errors === chosen.errors && (candidate.agreement > chosen.agreement || (candidate.agreement === chosen.agreement && candidate.distance < chosen.distance)))) {
      chosen = candidate;
    }
  }
  return chosen?.range;
}
