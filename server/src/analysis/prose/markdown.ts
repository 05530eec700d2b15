// Markdown to prose through a CommonMark parser (micromark, via mdast-util-from-markdown), which
// gives every node its exact source offsets. The prose is the text nodes, everything else (code,
// HTML, link targets, images, reference definitions, block and emphasis markers, escapes'
// backslashes) is blanked with spaces, line breaks kept, so prose offsets are source offsets. The
// exception is a character reference ("&ldquo;", "&#8220;"): read decoded, which shortens the
// prose, so an article that has any gets a ProseMap back to the source (the one HTML uses).
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { spansEndedBy, type Span } from '../finding';
import { bareUrls } from './bareUrls';
import { blankSpans } from './blank';
import { frontMatterLength } from './frontMatter';
import { ProseBuilder, type ProseMap } from './proseMap';

/** A character reference as CommonMark reads one: the semicolon is required. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

export interface MarkdownProse {
  text: string;
  map?: ProseMap;
  /** Prose spans of the headings (ATX and setext), from the start of their first line. */
  headings: Span[];
  /** What the parse found, for extracting the next version of the text again only where it changed. */
  chunks: MarkdownChunks;
}

/** A character reference read as what it stands for. */
interface Reference extends Span {
  value: string;
}

/**
 * A stretch of the article the parser reads the same on its own as in the whole: it starts at a
 * top-level block on the first column after a blank line, where no construct is left open (link
 * reference definitions, which reach across the article, switch chunks off). Offsets within it.
 */
interface Chunk {
  length: number;
  prose: string;
  references: Reference[];
  headings: Span[];
}

export interface MarkdownChunks {
  /** The text the chunks were read from. */
  text: string;
  chunks: Chunk[];
}

/**
 * The article's prose; with `previous` (the chunks of an earlier version), only the chunks around
 * what changed are parsed again: an edit then costs a paragraph's parse, not the article's.
 */
export function markdownProse(text: string, previous?: MarkdownChunks): MarkdownProse {
  const chunks = (previous && reparsed(text, previous)) ?? parse(text, 0, text.length)?.chunks ?? [];
  return assemble(text, chunks);
}

/** The chunks of text[from, to), parsed; undefined when something is left open at `to` (a fence, a comment). */
function parse(text: string, from: number, to: number): { chunks: Chunk[] } | undefined {
  const front = from === 0 ? frontMatterLength(text) : 0;
  if (from + front > to) return undefined;
  const body = from + front;
  const source = text.slice(0, to);
  const markdown = source.slice(body);
  const tree = fromMarkdown(markdown, delimiterHeavy(markdown) ? PLAIN_INLINE : undefined);
  const kept: Span[] = [];
  const references: Reference[] = [];
  const headings: Span[] = [];
  const blockStarts: number[] = [];
  const starts: number[] = [from];
  tree.children.forEach((child, i) => {
    const start = child.position!.start.offset! + body;
    if (i > 0 && isChunkStart(source, start)) starts.push(start);
  });
  if (to < text.length && tree.children.length && leftOpen(source, tree.children[tree.children.length - 1] as Nodes, body)) return undefined;
  // Iterative walk in document order: nesting is the article's to choose, the stack is not.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const start = (node.position?.start.offset ?? 0) + body;
    const end = (node.position?.end.offset ?? 0) + body;
    if (node.type === 'text') {
      alignText(source, start, end, node.value, kept, references);
      continue;
    }
    if (node.type === 'heading') headings.push({ start: lineStart(source, start), end });
    if (node.type === 'heading' || node.type === 'paragraph') blockStarts.push(start);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  const prose = breakBeforeBlocks(keepOnly(source, kept, from), blockStarts.map((start) => start - from));
  // Cut at the chunk starts: each chunk carries its own prose, references and headings.
  const chunks: Chunk[] = [];
  let r = 0;
  let h = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = starts[i + 1] ?? to;
    const chunk: Chunk = { length: end - start, prose: prose.slice(start - from, end - from), references: [], headings: [] };
    for (; r < references.length && references[r].start < end; r++) chunk.references.push({ ...references[r], start: references[r].start - start, end: references[r].end - start });
    for (; h < headings.length && headings[h].start < end; h++) chunk.headings.push({ start: headings[h].start - start, end: headings[h].end - start });
    chunks.push(withoutUrls(chunk));
  }
  return { chunks };
}

/**
 * CommonMark resolves emphasis and link brackets by matching each delimiter against those before
 * it in the paragraph: thousands of them in one paragraph ("*a*a*a…", "[a](" repeated) take time
 * that grows with their square. Such a text is no article; its emphasis and links are read as
 * plain characters instead, which keeps the parse linear.
 */
const MAX_DELIMITERS = 500;
const PLAIN_INLINE = { extensions: [{ disable: { null: ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd'] } }] };

/** Whether a paragraph (a run of lines without a blank one) holds more than MAX_DELIMITERS of "*", "_", "[" and "]". */
function delimiterHeavy(markdown: string): boolean {
  let count = 0;
  let blankSoFar = true;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 0x0a) {
      if (blankSoFar) count = 0;
      blankSoFar = true;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
      blankSoFar = false;
      if ((c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d) && ++count > MAX_DELIMITERS) return true;
    }
  }
  return false;
}

/** A top-level block on the first column after a blank line: the parser is at the article's top level there. */
function isChunkStart(text: string, start: number): boolean {
  if (text[start - 1] !== '\n' || /\s/.test(text[start] ?? ' ')) return false;
  const previousLine = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
  return previousLine.trim() === '';
}

const FENCE_CLOSE = /\n {0,3}(`{3,}|~{3,})[ \t]*\r?\n?$/;
/** HTML blocks that end at a marker, not at a blank line (CommonMark's kinds 1 to 5), with their markers. */
const HTML_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Whether the last top-level block runs on past the end of what was parsed: a fence or such an HTML block not closed. */
function leftOpen(text: string, last: Nodes, body: number): boolean {
  const source = text.slice(last.position!.start.offset! + body, last.position!.end.offset! + body);
  if (last.type === 'code' && /^ {0,3}(`{3,}|~{3,})/.test(source)) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(source)![1];
    const close = FENCE_CLOSE.exec(source)?.[1];
    return !(close && close[0] === open[0] && close.length >= open.length && source.includes('\n'));
  }
  if (last.type === 'html') {
    const kind = HTML_ENDS.find(([start]) => start.test(source));
    return kind !== undefined && !kind[1].test(source.replace(kind[0], ''));
  }
  return false;
}

/**
 * The chunks of `text` from those of an earlier version: the ones before and after the change are
 * kept (those after moved), the ones around it parsed again, one more on each side so that the
 * blank lines bounding them are untouched. Undefined when it cannot tell: parse everything.
 */
function reparsed(text: string, previous: MarkdownChunks): Chunk[] | undefined {
  // Link reference definitions reach across the article: no chunks.
  if (text.includes(']:') || previous.text.includes(']:')) return undefined;
  const old = previous.text;
  let head = 0;
  const shortest = Math.min(old.length, text.length);
  while (head < shortest && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const oldEnd = old.length - tail;
  const starts: number[] = [];
  let at = 0;
  for (const chunk of previous.chunks) {
    starts.push(at);
    at += chunk.length;
  }
  if (at !== old.length) return undefined;
  // The chunk before the one the change starts in, and the first chunk whose blank line above lies after the change.
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1] <= head) first++;
  first = Math.max(0, first - 1);
  let after = first + 1;
  // The blank line above and the line break ending the line before it both lie after the change.
  while (after < starts.length && lineStart(old, starts[after] - 1) <= oldEnd) after++;
  const by = text.length - old.length;
  const from = starts[first];
  const to = after < starts.length ? starts[after] + by : text.length;
  const region = parse(text, from, to);
  if (!region) return undefined;
  return [...previous.chunks.slice(0, first), ...region.chunks, ...previous.chunks.slice(after)];
}

/** The article's prose from its chunks: blanked text, with a map when references are read decoded. */
function assemble(text: string, chunks: Chunk[]): MarkdownProse {
  const references: Reference[] = [];
  const headings: Span[] = [];
  let at = 0;
  for (const chunk of chunks) {
    for (const r of chunk.references) references.push({ start: r.start + at, end: r.end + at, value: r.value });
    for (const h of chunk.headings) headings.push({ start: h.start + at, end: h.end + at });
    at += chunk.length;
  }
  const prose = chunks.map((chunk) => chunk.prose).join('');
  const result = { chunks: { text, chunks } };
  if (!references.length) return { text: prose, headings, ...result };
  const builder = new ProseBuilder(prose);
  at = 0;
  for (const reference of references) {
    builder.copy(at, reference.start);
    builder.put(reference.value, reference.start, reference.end);
    at = reference.end;
  }
  builder.copy(at, prose.length);
  // Headings in prose offsets: each reference before an offset shortened the prose by so much.
  const shrunk: number[] = [];
  let total = 0;
  for (const r of references) shrunk.push((total += r.end - r.start - r.value.length));
  const proseOffset = (offset: number) => {
    const before = spansEndedBy(references, offset);
    return offset - (before > 0 ? shrunk[before - 1] : 0);
  };
  return { ...builder.finish(), headings: headings.map((h) => ({ start: proseOffset(h.start), end: proseOffset(h.end) })), ...result };
}

/** Bare web addresses are no prose (CommonMark links only <…> autolinks; GFM would link these); a reference in one stays as written. */
function withoutUrls(chunk: Chunk): Chunk {
  const urls = bareUrls(chunk.prose);
  if (!urls.length) return chunk;
  // Both in order: one pass over each.
  let u = 0;
  const outsideUrls = (r: Reference) => {
    while (u < urls.length && urls[u].end <= r.start) u++;
    return !(u < urls.length && urls[u].start < r.end);
  };
  return { ...chunk, prose: blankSpans(chunk.prose, urls), references: chunk.references.filter(outsideUrls) };
}

/**
 * Lines up a text node's value with its source: characters the same in both are prose; a
 * character reference the value holds decoded is recorded; anything else in the source (a block
 * quote's ">" or the indentation of a continued line, an escape's backslash) is markup.
 */
function alignText(text: string, start: number, end: number, value: string, kept: Span[], references: Reference[]): void {
  let j = 0;
  let run = -1;
  const close = (at: number) => {
    if (run >= 0 && at > run) kept.push({ start: run, end: at });
    run = -1;
  };
  for (let i = start; i < end && j < value.length; ) {
    if (text.charCodeAt(i) === 0x26 /* & */) {
      REFERENCE.lastIndex = i;
      const reference = REFERENCE.exec(text);
      const decodedLength = reference ? decodedLengthAt(value, j, reference[0]) : 0;
      if (reference && decodedLength > 0) {
        close(i);
        kept.push({ start: i, end: i + reference[0].length });
        references.push({ start: i, end: i + reference[0].length, value: value.slice(j, j + decodedLength).replace(/\u00a0/g, ' ') });
        i += reference[0].length;
        j += decodedLength;
        continue;
      }
    }
    if (text[i] === value[j]) {
      if (run < 0) run = i;
      i++;
      j++;
    } else {
      close(i);
      i++;
    }
  }
  close(Math.min(end, text.length));
}

/**
 * How many characters of `value` from `j` the reference stands for: one or two UTF-16 units (a
 * character outside the BMP); 0 when the value does not hold it decoded there (it was literal).
 */
function decodedLengthAt(value: string, j: number, reference: string): number {
  if (value.startsWith(reference, j)) return 0;
  const code = value.codePointAt(j);
  return code === undefined ? 0 : code > 0xffff ? 2 : 1;
}

/** text[from, end) with everything outside `kept` blanked; line breaks stay. */
function keepOnly(text: string, kept: Span[], from: number): string {
  kept.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = from;
  for (const span of kept) {
    if (span.start > at) parts.push(blank(text.slice(at, span.start)));
    if (span.end > at) parts.push(text.slice(Math.max(at, span.start), span.end));
    at = Math.max(at, span.end);
  }
  parts.push(blank(text.slice(at)));
  return parts.join('');
}

function blank(markup: string): string {
  return markup.replace(/[^\r\n]/g, ' ');
}

/**
 * A paragraph or heading right under another block's last line (a list item, a block quote) is a
 * paragraph of its own: a line break goes into the blanked markup before it, which makes the line
 * above end a block as a blank line does. Offsets do not move.
 */
function breakBeforeBlocks(prose: string, blockStarts: number[]): string {
  const breaks: number[] = [];
  for (const start of blockStarts) {
    const lineStart = prose.lastIndexOf('\n', start - 1) + 1;
    if (lineStart === 0 || lineStart === start || prose.slice(lineStart, start).trim()) continue;
    const previousLine = prose.slice(prose.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
    if (previousLine.trim()) breaks.push(lineStart);
  }
  if (!breaks.length) return prose;
  breaks.sort((a, b) => a - b);
  const parts: string[] = [];
  let at = 0;
  for (const position of breaks) {
    if (position < at) continue;
    parts.push(prose.slice(at, position), '\n');
    at = position + 1;
  }
  parts.push(prose.slice(at));
  return parts.join('');
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
