// Turns an article into prose the detectors can read. Plain text and Markdown: markup is blanked
// out with spaces (newlines kept), so every offset in the prose is an offset into the original
// text. HTML is read by a parser that decodes references and drops tags, so its prose comes with a
// map back to the source. Regions switched off by the writer (see suppression.ts) are blanked in
// every format.
import type { Span } from '../finding';
import { blankSpans } from './blank';
import { htmlProse } from './html';
import { markdownProse } from './markdown';
import type { ProseMap } from './proseMap';
import { suppressedRegions } from './suppression';

export type DocumentFormat = 'plaintext' | 'markdown' | 'html';

export interface Prose {
  /** What the detectors read. */
  text: string;
  /** From prose offsets to the source's; absent when they are the same (blanked formats). */
  map?: ProseMap;
  /** Prose spans of headings the markup declares (HTML's <h1>–<h6>), in order. */
  headings?: Span[];
}

export function extractProse(text: string, format: DocumentFormat): Prose {
  const open = blankSpans(text, suppressedRegions(text));
  if (format === 'markdown') return { text: markdownProse(open) };
  if (format === 'html') return htmlProse(open);
  return { text: open };
}

/** The previous version of an article and its prose, for extracting the next version's. */
export interface ExtractedProse {
  text: string;
  prose: string;
}

/** Characters that start or end markup on a line (code, tags, links, emphasis, headings, fences). */
const MARKUP_CHARACTER = /[`~<>[\]*_#]/;
const URL_START = /https?:\/\/|www\./i;
const SWITCH_WORD = /factcheck|^\s*(?:on|off)\s*$/i;
/** A line that starts with a letter, a quote or a parenthesis is no list item, heading, quote or break. */
const PLAIN_LINE_START = /^[ \t]*[A-Za-z"“‘'(]/;
const LETTERS = /^[A-Za-z]*$/;

/** A line no markup rule can read differently when letters are typed or deleted in it. */
function isPlainLine(line: string): boolean {
  return PLAIN_LINE_START.test(line) && !MARKUP_CHARACTER.test(line) && !URL_START.test(line) && !SWITCH_WORD.test(line);
}

/**
 * The prose of `text` without extracting it all again, when the edit since `previous` only typed or
 * deleted letters (text[head, length - tail) replaced previous.text[head, its length - tail)) after
 * the indentation of a line with no markup character, no URL and no switch word, before and after.
 * On such a line no markup rule matches differently: the line stays wholly prose or wholly blanked
 * (inside fenced or indented code, front matter, a switched-off region, or a code span or tag that
 * runs over several lines), and so does every other. Undefined when it cannot tell: extract again.
 */
export function proseAfterTyping(previous: ExtractedProse, text: string, head: number, tail: number, format: DocumentFormat): string | undefined {
  if (format === 'html') return undefined;
  const removed = previous.text.slice(head, previous.text.length - tail);
  const typed = text.slice(head, text.length - tail);
  if (!LETTERS.test(removed) || !LETTERS.test(typed)) return undefined;
  const lineStart = head > 0 ? previous.text.lastIndexOf('\n', head - 1) + 1 : 0;
  const oldEnd = previous.text.indexOf('\n', previous.text.length - tail);
  const lineEnd = oldEnd < 0 ? previous.text.length : oldEnd;
  const oldLine = previous.text.slice(lineStart, lineEnd);
  const newLine = text.slice(lineStart, lineEnd + text.length - previous.text.length);
  if (!isPlainLine(oldLine) || !isPlainLine(newLine)) return undefined;
  // The indentation stays as it was (four spaces make code): the edit comes after it in both.
  if (head < lineStart + Math.max(oldLine.search(/\S/), newLine.search(/\S/))) return undefined;
  const proseLine = previous.prose.slice(lineStart, lineEnd);
  let replacement: string;
  if (proseLine === oldLine) replacement = typed;
  else if (/^[ \r]*$/.test(proseLine)) replacement = ' '.repeat(typed.length);
  else return undefined;
  return previous.prose.slice(0, head) + replacement + previous.prose.slice(previous.prose.length - tail);
}
