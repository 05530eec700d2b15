// Small string measures used to find a claim again: occurrences, and how well the text around a
// place agrees with the prefix and suffix recorded with the slot.

/** Start offsets of `needle` lying within text[from, to), at most `limit` of them, nearest to `near` first. */
export function occurrences(text: string, needle: string, near: number, limit = 1000, from = 0, to = text.length): number[] {
  if (needle.length === 0) return [];
  const found: number[] = [];
  for (let i = indexWithin(text, needle, from, to); i !== -1 && found.length < limit; i = indexWithin(text, needle, i + 1, to)) found.push(i);
  return nearestFirst(found, near);
}

export function nearestFirst(offsets: number[], near: number): number[] {
  return offsets.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b);
}

/** The first `needle` starting at or after `from` and ending by `to`, or -1; never scans past `to`. */
export function indexWithin(text: string, needle: string, from: number, to: number): number {
  const start = Math.max(0, from);
  if (to >= text.length) return text.indexOf(needle, start);
  const found = text.slice(start, Math.max(start, to)).indexOf(needle);
  return found === -1 ? -1 : found + start;
}

/** How many characters end both `text[..end]` and `prefix`. */
function sharedBefore(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && end - n > 0 && text.charCodeAt(end - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

/** How many characters begin both `text[start..]` and `suffix`. */
function sharedAfter(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text.charCodeAt(start + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/**
 * How far the text around [start, end) agrees with the recorded context, 0..1. A prefix recorded
 * empty because the claim began the document agrees only at the start of the document (likewise
 * the suffix at the end).
 */
export function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = Math.max(prefix.length, 1) + Math.max(suffix.length, 1);
  const before = prefix.length > 0 ? sharedBefore(text, start, prefix) : start === 0 ? 1 : 0;
  const after = suffix.length > 0 ? sharedAfter(text, end, suffix) : end === text.length ? 1 : 0;
  return (before + after) / total;
}

/** How much two texts share at their start and end, 0..1: a cheap likeness for edited claims. */
export function resemblance(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const shortest = Math.min(a.length, b.length);
  let head = 0;
  while (head < shortest && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && a.charCodeAt(a.length - tail - 1) === b.charCodeAt(b.length - tail - 1)) tail++;
  return (head + tail) / longest;
}
