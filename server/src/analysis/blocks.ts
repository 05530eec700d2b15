// Paragraphs ("blocks"): the unit the pipeline analyses and an incremental engine caches.
// A blank line always ends a block (markup blanked by prose.ts counts as blank). Markdown
// soft-wraps a paragraph over several lines, so there a line break never ends a block. Plain-text
// articles often hold one paragraph per line, so there a line break ends a block when the line
// ends a sentence and no quotation is left open (a quote may run over a wrapped line).
// Headings are blocks of their own, marked: a headline or subhead titles the text, it claims
// nothing. In Markdown the caller says which lines are headings (their "#" is blanked in the
// prose); in plain text a heading is a short line without terminal punctuation that opens the
// article or stands alone between blank lines.
import type { Span } from './finding';

export interface Block extends Span {
  heading?: boolean;
}

const SENTENCE_END = /[.!?:]["”’)\]]*\s*$|["”]\s*$/;
const OPENING_QUOTE = /^\s*["“]/;

/** Quotation state after reading `text`: bit 1 = a curly quote is open, bit 2 = a straight one. */
function quoteState(text: string, state: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) state |= 1;
    else if (c === 0x201d) state &= ~1;
    else if (c === 0x22) state ^= 2;
  }
  return state;
}

// A plain-text heading: at most twelve words, none of a sentence's closing punctuation.
const HEADING_WORDS = /^\s*\S+(?:\s+\S+){0,11}\s*$/;
const UNTERMINATED = /[^.!?:;,"”’)\]]$/;
// The line after a plain-text headline starts a sentence (a wrapped line mostly does not).
const STARTS_SENTENCE = /^\s*["“‘'(]*[\p{Lu}\d]/u;

function isPlainHeading(line: string): boolean {
  return line.length <= 160 && UNTERMINATED.test(line) && HEADING_WORDS.test(line);
}

/**
 * `headingLine(start)`, when given, tells whether the line starting at `start` is a heading (for
 * Markdown); without it, plain-text headings are found as described above.
 */
export function splitBlocks(prose: string, lineParagraphs = true, headingLine?: (start: number) => boolean): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  let quotes = 0;
  let lines = 0;
  const close = (heading = false) => {
    if (start >= 0) blocks.push(heading || (lineParagraphs && !headingLine && lines === 1 && isPlainHeading(prose.slice(start, end))) ? { start, end, heading: true } : { start, end });
    start = -1;
    quotes = 0;
    lines = 0;
  };
  const LINE = /[^\n]*\n?/g;
  for (let match = LINE.exec(prose); match && match[0]; match = LINE.exec(prose)) {
    const line = match[0];
    const content = line.replace(/\s+$/, '');
    if (!content.trim()) {
      close();
      continue;
    }
    const lead = content.length - content.trimStart().length;
    const heading = headingLine?.(match.index) ?? false;
    if (heading) close();
    if (start < 0) start = match.index + lead;
    end = match.index + content.length;
    lines++;
    quotes = quoteState(content, quotes);
    if (heading) {
      close(true);
    } else if (lineParagraphs && !headingLine && blocks.length === 0 && lines === 1 && isPlainHeading(content)) {
      // The article's headline, run straight into its first paragraph.
      if (STARTS_SENTENCE.test(prose.slice(LINE.lastIndex, LINE.lastIndex + 8))) close(true);
    } else if (lineParagraphs && SENTENCE_END.test(content)) {
      const next = prose.slice(LINE.lastIndex, LINE.lastIndex + 8);
      if (!quotes || OPENING_QUOTE.test(next)) close();
    }
  }
  close();
  return blocks;
}
