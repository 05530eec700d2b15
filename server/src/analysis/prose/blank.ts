// Blanking keeps offsets true: markup is overwritten with spaces, line breaks are kept, so an
// offset into the prose is the same offset into the original text.
import type { Span } from '../finding';

/** A span to overwrite; `breakBefore` turns its first characters into a paragraph break. */
export interface Blank extends Span {
  breakBefore?: boolean;
}

export function blankSpans(text: string, blanks: Blank[]): string {
  if (!blanks.length) return text;
  const sorted = [...blanks].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const blank of sorted) {
    const start = Math.max(blank.start, at);
    if (blank.end <= start) continue;
    parts.push(text.slice(at, start));
    let filler = text.slice(start, blank.end).replace(/[^\r\n]/g, ' ');
    if (blank.breakBefore && filler.length >= 2 && !/[\r\n]/.test(filler)) filler = '\n\n' + filler.slice(2);
    parts.push(filler);
    at = blank.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Every match of `pattern` (global) as a blank, or only its group `group` when given. */
export function matchBlanks(text: string, pattern: RegExp, group = 0): Blank[] {
  const blanks: Blank[] = [];
  for (const match of text.matchAll(pattern)) {
    const whole = match.index;
    if (group === 0) {
      blanks.push({ start: whole, end: whole + match[0].length });
    } else if (match[group] !== undefined) {
      const offset = match[0].indexOf(match[group]);
      blanks.push({ start: whole + offset, end: whole + offset + match[group].length });
    }
  }
  return blanks;
}
