// Paragraphs ("blocks"): the unit the pipeline analyses and an incremental engine caches.
// A blank line always ends a block (markup blanked by prose.ts counts as blank). Markdown
// soft-wraps a paragraph over several lines, so there a line break never ends a block. Plain-text
// articles often hold one paragraph per line, so there a line break ends a block when the line
// ends a sentence and no quotation is left open (a quote may run over a wrapped line).
import type { Span } from './finding';

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

export function splitBlocks(prose: string, lineParagraphs = true): Span[] {
  const blocks: Span[] = [];
  let start = -1;
  let end = -1;
  let quotes = 0;
  const close = () => {
    if (start >= 0) blocks.push({ start, end });
    start = -1;
    quotes = 0;
  };
  const lines = /[^\n]*\n?/g;
  for (let match = lines.exec(prose); match && match[0]; match = lines.exec(prose)) {
    const line = match[0];
    const content = line.replace(/\s+$/, '');
    if (!content.trim()) {
      close();
      continue;
    }
    const lead = content.length - content.trimStart().length;
    if (start < 0) start = match.index + lead;
    end = match.index + content.length;
    quotes = quoteState(content, quotes);
    if (lineParagraphs && SENTENCE_END.test(content)) {
      const next = prose.slice(lines.lastIndex, lines.lastIndex + 8);
      if (!quotes || OPENING_QUOTE.test(next)) close();
    }
  }
  close();
  return blocks;
}
