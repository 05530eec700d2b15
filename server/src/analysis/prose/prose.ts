// Turns an article into prose the detectors can read. Plain text: as written. Markdown and HTML
// are read by real parsers (micromark, parse5). Markdown's markup is blanked out with spaces
// (newlines kept), so its prose offsets are the text's, unless it holds character references,
// which are read decoded like HTML's: then, as for HTML, the prose comes with a map back to the
// source. Regions switched off by the writer (see suppression.ts) and bare web addresses
// (bareUrls.ts) are blanked in every format.
import type { Span } from '../finding';
import { holdsUrlStart, withoutBareUrls } from './bareUrls';
import { blankSpans } from './blank';
import { htmlProse } from './html';
import { markdownProse, type MarkdownChunks } from './markdown';
import type { ProseMap } from './proseMap';
import { suppressedRegions } from './suppression';

export type DocumentFormat = 'plaintext' | 'markdown' | 'html';

export interface Prose {
  /** What the detectors read. */
  text: string;
  /** From prose offsets to the source's; absent when they are the same (blanked formats). */
  map?: ProseMap;
  /** Prose spans of headings the markup declares (HTML's <h1>–<h6>, Markdown's), in order. */
  headings?: Span[];
  /** Markdown: what the parse found, so that the next version is parsed again only where it changed. */
  markdown?: MarkdownChunks;
}

/** `reuse`: an earlier version's Markdown parse (its `markdown`), read again only where the text changed. */
export function extractProse(text: string, format: DocumentFormat, reuse?: MarkdownChunks): Prose {
  const open = blankSpans(text, suppressedRegions(text));
  if (format === 'markdown') {
    const { chunks, ...prose } = markdownProse(open, reuse);
    return { ...prose, markdown: chunks };
  }
  if (format === 'html') return htmlProse(open);
  return { text: withoutBareUrls(open) };
}

/** The previous version of an article and its prose, for extracting the next version's. */
export interface ExtractedProse {
  text: string;
  prose: string;
}

/** Characters that start or end markup on a line (code, tags, links, emphasis, headings, fences). */
const MARKUP_CHARACTER = /[`~<>[\]*_#]/;
/** In Markdown also a character reference's "&" and an escape's or hard break's backslash. */
const MARKDOWN_CHARACTER = /[&\\]/;
const SWITCH_WORD = /factcheck|^\s*(?:on|off)\s*$/i;
/** A line that starts with a letter, a quote or a parenthesis is no list item, heading, quote or break. */
const PLAIN_LINE_START = /^[ \t]*[A-Za-z"“‘'(]/;
/** What typing may put in or take out of a plain line: letters, digits, spaces, sentence punctuation. */
const TYPED = /^[A-Za-z0-9 ,.;:!?-]*$/;

/** A line no markup rule can read differently when TYPED characters are typed or deleted in it. */
function isPlainLine(line: string, format: DocumentFormat): boolean {
  // A carriage return inside the line (typed between CR and LF) ends a line of its own.
  if (/\r(?!$)/.test(line)) return false;
  if (format === 'markdown' && MARKDOWN_CHARACTER.test(line)) return false;
  return PLAIN_LINE_START.test(line) && !MARKUP_CHARACTER.test(line) && !holdsUrlStart(line) && !SWITCH_WORD.test(line);
}

/**
 * The prose of `text` without extracting it all again, when the edit since `previous` only typed or
 * deleted letters, digits, spaces or sentence punctuation (TYPED: text[head, length - tail)
 * replaced previous.text[head, its length - tail)) after
 * the indentation of a line with no markup character, no URL and no switch word, before and after.
 * On such a line no markup rule matches differently: the line stays wholly prose or wholly blanked
 * (inside fenced or indented code, front matter, a switched-off region, or a code span or tag that
 * runs over several lines), and so does every other. Undefined when it cannot tell: extract again.
 */
export function proseAfterTyping(previous: ExtractedProse, text: string, head: number, tail: number, format: DocumentFormat): string | undefined {
  // Mapped prose (HTML, Markdown with references) does not line up with the text: extract again.
  if (format === 'html' || previous.prose.length !== previous.text.length) return undefined;
  const removed = previous.text.slice(head, previous.text.length - tail);
  const typed = text.slice(head, text.length - tail);
  if (!TYPED.test(removed) || !TYPED.test(typed)) return undefined;
  const lineStart = head > 0 ? previous.text.lastIndexOf('\n', head - 1) + 1 : 0;
  const oldEnd = previous.text.indexOf('\n', previous.text.length - tail);
  const lineEnd = oldEnd < 0 ? previous.text.length : oldEnd;
  const oldLine = previous.text.slice(lineStart, lineEnd);
  const newLine = text.slice(lineStart, lineEnd + text.length - previous.text.length);
  if (!isPlainLine(oldLine, format) || !isPlainLine(newLine, format)) return undefined;
  // The indentation stays as it was (four spaces make code): the edit comes after it in both.
  if (head < lineStart + Math.max(oldLine.search(/\S/), newLine.search(/\S/))) return undefined;
  // Plain text with nothing blanked: the prose is the text itself, not a copy of it.
  if (previous.prose === previous.text) return text;
  const proseLine = previous.prose.slice(lineStart, lineEnd);
  let replacement: string;
  if (proseLine === oldLine) replacement = typed;
  else if (/^[ \r]*$/.test(proseLine)) replacement = ' '.repeat(typed.length);
  else return undefined;
  return previous.prose.slice(0, head) + replacement + previous.prose.slice(previous.prose.length - tail);
}

/** Heading spans after proseAfterTyping's edit at `head` (`by` characters longer): later ones move, the one typed in grows. */
export function headingsAfterTyping(headings: Span[] | undefined, head: number, by: number): Span[] | undefined {
  return headings?.map((h) => (h.start > head ? { start: h.start + by, end: h.end + by } : h.end >= head ? { start: h.start, end: h.end + by } : h));
}
