// Paragraphs ("blocks"): the unit the pipeline analyses and an incremental engine caches.
// A blank line always ends a block (markup blanked by prose.ts counts as blank). Markdown
// soft-wraps a paragraph over several lines, so there a line break never ends a block. Plain-text
// articles often hold one paragraph per line, so there a line break ends a block when the line
// ends a sentence and no quotation is left open (a quote may run over a wrapped line).
// Headings are blocks of their own, marked: a headline or subhead titles the text, it claims
// nothing. In Markdown the caller says which lines are headings (their "#" is blanked in the
// prose); in plain text a heading is a short line without terminal punctuation that opens the
// article or stands alone between blank lines.
// The split runs over the whole text on every keystroke, so lines are scanned by character code
// rather than cut and matched with regular expressions. A block longer than MAX_BLOCK (a text
// with no paragraph ends) is analysed as several, cut at a line break or white space.
import type { Span } from '../finding';
import { cutPoint, MAX_BLOCK } from '../limits';

export interface Block extends Span {
  heading?: boolean;
}

const OPENING_QUOTE = /^\s*["“]/;

/** Exactly the characters `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The last place in prose[start, end) before its closing marks (" ” ’ ) ]); start - 1 if there are only marks. */
function beforeClosingMarks(prose: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start) {
    const c = prose.charCodeAt(i);
    if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d) i--;
    else break;
  }
  return i;
}

/** As /[.!?:]["”’)\]]*\s*$|["”]\s*$/ on a line whose trailing space is already cut at `end`. */
function endsSentence(prose: string, start: number, end: number): boolean {
  const last = prose.charCodeAt(end - 1);
  if (last === 0x22 || last === 0x201d) return true;
  const i = beforeClosingMarks(prose, start, end);
  if (i < start) return false;
  const c = prose.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
}

/** Quotation state after reading prose[start, end): bit 1 = a curly quote is open, bit 2 = a straight one. */
function quoteState(prose: string, start: number, end: number, state: number): number {
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
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

function isPlainHeading(prose: string, start: number, end: number): boolean {
  if (end - start > 160) return false;
  const line = prose.slice(start, end);
  return UNTERMINATED.test(line) && HEADING_WORDS.test(line);
}

/**
 * `headingLine(start)`, when given, tells whether the line starting at `start` is a heading (for
 * Markdown); without it, plain-text headings are found as described above.
 */
export function splitBlocks(prose: string, lineParagraphs = true, headingLine?: (start: number) => boolean): Block[] {
  return splitFrom(prose, 0, prose.length, lineParagraphs, headingLine, []);
}

/**
 * Splits prose[from, to), both line starts (or the ends of the text), onto the end of `blocks`:
 * the blocks before `from`, which tell whether a block is the article's first.
 */
function splitFrom(prose: string, from: number, to: number, lineParagraphs: boolean, headingLine: ((start: number) => boolean) | undefined, blocks: Block[]): Block[] {
  const plainHeadings = lineParagraphs && !headingLine;
  let start = -1;
  let end = -1;
  let quotes = 0;
  let lines = 0;
  const close = (heading = false) => {
    if (start >= 0 && end - start > MAX_BLOCK) pushPieces(prose, start, end, blocks);
    else if (start >= 0) blocks.push(heading || (plainHeadings && lines === 1 && isPlainHeading(prose, start, end)) ? { start, end, heading: true } : { start, end });
    start = -1;
    quotes = 0;
    lines = 0;
  };
  let lineStart = from;
  while (lineStart < to) {
    const newline = prose.indexOf('\n', lineStart);
    const next = newline < 0 ? prose.length : newline + 1;
    // The line without its trailing space (the newline included).
    let contentEnd = newline < 0 ? prose.length : newline;
    while (contentEnd > lineStart && isSpace(prose.charCodeAt(contentEnd - 1))) contentEnd--;
    if (contentEnd === lineStart) {
      close();
      lineStart = next;
      continue;
    }
    let lead = lineStart;
    while (isSpace(prose.charCodeAt(lead))) lead++;
    const heading = headingLine?.(lineStart) ?? false;
    if (heading) close();
    if (start < 0) start = lead;
    end = contentEnd;
    lines++;
    quotes = quoteState(prose, lineStart, contentEnd, quotes);
    if (heading) {
      close(true);
    } else if (plainHeadings && blocks.length === 0 && lines === 1 && isPlainHeading(prose, lead, contentEnd)) {
      // The article's headline, run straight into its first paragraph.
      if (STARTS_SENTENCE.test(prose.slice(next, next + 8))) close(true);
    } else if (lineParagraphs && endsSentence(prose, lineStart, contentEnd)) {
      if (!quotes || OPENING_QUOTE.test(prose.slice(next, next + 8))) close();
    }
    lineStart = next;
  }
  close();
  return blocks;
}

/** prose[start, end) as blocks of at most MAX_BLOCK, each trimmed of white space. */
function pushPieces(prose: string, start: number, end: number, blocks: Block[]): void {
  while (end - start > MAX_BLOCK) {
    const cut = paragraphCut(prose, start, MAX_BLOCK);
    let pieceEnd = cut;
    while (pieceEnd > start && isSpace(prose.charCodeAt(pieceEnd - 1))) pieceEnd--;
    blocks.push({ start, end: pieceEnd });
    start = cut;
    while (start < end && isSpace(prose.charCodeAt(start))) start++;
  }
  if (end > start) blocks.push({ start, end });
}

/**
 * Where to end a piece of a long paragraph starting at `start`, at most `max` long: after the last
 * sentence that ends in its second half outside quotation marks (a quotation cut in two loses its
 * speaker), else after its last line break there (inside a paragraph a line break is a wrapped
 * line, no end: the choice of text with none, "he said" on every line), else where cutPoint says.
 * One pass over the piece.
 */
export function paragraphCut(prose: string, start: number, max: number): number {
  const limit = Math.min(start + max, prose.length);
  const half = start + (max >> 1);
  let quotes = 0;
  let lineEnd = -1;
  let sentenceEnd = -1;
  for (let i = start; i < limit; i++) {
    const c = prose.charCodeAt(i);
    quotes = quoteState(prose, i, i + 1, quotes);
    if (i < half || !isSpace(c)) continue;
    if (!quotes && closesSentence(prose, start, i)) sentenceEnd = i + 1;
    if (c === 0x0a) lineEnd = i + 1;
  }
  if (sentenceEnd >= 0) return sentenceEnd;
  return lineEnd >= 0 ? lineEnd : cutPoint(prose, start, max);
}

// A full stop after a short capitalised word or an initial ends no sentence: "Mr. Jin", "U.S. officials".
const ABBREVIATION = /(?:^|[\s(“"])(?:\p{Lu}\p{Ll}{0,2}|\p{L}(?:\.\p{L})+)$/u;

/** Whether a sentence closes right before prose[at]: ".", "!" or "?", then any closing marks. */
function closesSentence(prose: string, start: number, at: number): boolean {
  const i = beforeClosingMarks(prose, start, at);
  if (i < start) return false;
  const c = prose[i];
  if (c === '!' || c === '?') return true;
  return c === '.' && !ABBREVIATION.test(prose.slice(Math.max(start, i - 8), i));
}

/** The previous version's prose and its blocks, for splitting the next version again. */
export interface SplitProse {
  prose: string;
  blocks: Block[];
}

/** How far to look for a blank line around an edit before splitting the whole text again. */
const ANCHOR_SEARCH = 65_536;

/**
 * The blocks of `prose` as splitBlocks gives them, splitting again only between the blank lines
 * around what changed since `previous`: a blank line closes every block and resets the quotation
 * state, so the split after one depends on nothing before it. Blocks before the first blank line
 * are kept, those after the second are moved by the change in length.
 */
export function resplitBlocks(
  previous: SplitProse,
  prose: string,
  head: number,
  tail: number,
  lineParagraphs = true,
  headingLine?: (start: number) => boolean,
): Block[] {
  const from = blankLineEndBefore(prose, head);
  const to = blankLineEndAfter(prose, prose.length - tail);
  if (from === undefined || to === undefined) return splitBlocks(prose, lineParagraphs, headingLine);
  const by = prose.length - previous.prose.length;
  const blocks: Block[] = [];
  const old = previous.blocks;
  let i = 0;
  for (; i < old.length && old[i].start < from; i++) blocks.push(old[i]);
  splitFrom(prose, from, to, lineParagraphs, headingLine, blocks);
  const kept = firstStartingFrom(old, to - by);
  // A plain-text headline is looked for in the article's first block only: the blocks after the
  // change were split knowing whether one came before them, which the change may have altered.
  if (lineParagraphs && !headingLine && kept > 0 !== blocks.length > 0) return splitBlocks(prose, lineParagraphs, headingLine);
  for (i = kept; i < old.length; i++) {
    const start = old[i].start + by;
    const end = old[i].end + by;
    blocks.push(old[i].heading ? { start, end, heading: true } : { start, end });
  }
  return blocks;
}

/** Whether prose[start, end) holds only spaces (`\s`): a blank line's content. */
function isBlank(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(prose.charCodeAt(i))) return false;
  return true;
}

/** Where the last blank line whose newline comes before `offset` ends; 0 if there is no line break before it. */
function blankLineEndBefore(prose: string, offset: number): number | undefined {
  // lastIndexOf reads a negative position as 0.
  let newline = offset > 0 ? prose.lastIndexOf('\n', offset - 1) : -1;
  while (newline >= 0 && offset - newline < ANCHOR_SEARCH) {
    const lineStart = newline > 0 ? prose.lastIndexOf('\n', newline - 1) + 1 : 0;
    if (isBlank(prose, lineStart, newline)) return newline + 1;
    newline = lineStart - 1;
  }
  return newline < 0 ? 0 : undefined;
}

/**
 * Where the first blank line after `offset` ends (its newline included), the end of the text if
 * none: it starts after a line break at or after `offset`, so that break is unchanged as well.
 */
function blankLineEndAfter(prose: string, offset: number): number | undefined {
  let lineStart = prose.indexOf('\n', offset) + 1;
  while (lineStart > 0) {
    if (lineStart - offset > ANCHOR_SEARCH) return undefined;
    const newline = prose.indexOf('\n', lineStart);
    if (newline < 0) return prose.length;
    if (isBlank(prose, lineStart, newline)) return newline + 1;
    lineStart = newline + 1;
  }
  return prose.length;
}

function firstStartingFrom(blocks: readonly Span[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
