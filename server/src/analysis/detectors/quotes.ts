// Quotations in a block: curly “…” pairs, straight "…" pairs read left to right, and a headline's
// single-marked ‘…’ after "Name:". A quote may run over sentence ends and soft line breaks; one
// left open runs to the end of the block (the newspaper convention for a quote that carries on
// into the next paragraph).
import type { Span } from '../finding';
import { LETTER_OR_DIGIT } from '../text/letters';

export interface Quotation extends Span {
  /** Whether the closing mark is missing (the quote runs on past this block). */
  open: boolean;
  words: number;
}

const MARKS = /[“”"]/g;
const INCHES = /\d['’′]\d{1,2}$/;

const WORD = new RegExp(`${LETTER_OR_DIGIT}+(?:['’.-]${LETTER_OR_DIGIT}+)*`, 'gu');

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A straight quote opens when it is not glued to a word before it (inch marks aside). */
function opensStraight(block: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N},.!?]/u.test(block[at - 1]);
}

const CURLY = /[“”]/g;

/** Whether the curly marks after an opening one at `at` are two closing ones: “… “…” …”. */
function nestsInside(block: string, at: number): boolean {
  CURLY.lastIndex = at + 1;
  const first = CURLY.exec(block);
  const second = first && CURLY.exec(block);
  return first?.[0] === '”' && second?.[0] === '”';
}

export function findQuotations(block: string): Quotation[] {
  const quotes: Quotation[] = [];
  let openAt = -1;
  let openMark = '';
  const close = (end: number, open: boolean) => {
    const words = countWords(block.slice(openAt + 1, open ? end : end - 1));
    if (words) quotes.push({ start: openAt, end, open, words });
    openAt = -1;
  };
  // Closing marks that end a quotation nested in the open one, not the open one.
  let skipClosing = 0;
  for (const match of block.matchAll(MARKS)) {
    const mark = match[0];
    const at = match.index;
    if (skipClosing && mark === '”') {
      skipClosing--;
      continue;
    }
    // Feet and inches (6’2”) inside a quotation: the mark is the inches', not the closing one.
    if (openAt >= 0 && mark !== '“' && INCHES.test(block.slice(Math.max(0, at - 4), at))) continue;
    if (openAt < 0) {
      if (mark === '“' || (mark === '"' && opensStraight(block, at))) {
        openAt = at;
        openMark = mark;
      }
    } else if (mark === '”' || (mark === '"' && (openMark === '"' || !opensStraight(block, at)))) {
      // Typists mix marks: "…” and “…" both close.
      close(at + 1, false);
    } else if (mark === '“' && /[,.?!]/.test(block[at - 1] ?? '') && /^(?:\s|$)/.test(block[at + 1] ?? '')) {
      // A mistyped closing mark: “…,“ she said.
      close(at + 1, false);
    } else if (mark === '“' && openMark === '“') {
      // “… “the term” …”: two closing marks before any other opening one nest this quotation in
      // the open one. Otherwise the earlier one never closed (a typo or a run-on paragraph
      // quote); start again here.
      if (nestsInside(block, at)) skipClosing++;
      else openAt = at;
    }
  }
  if (openAt >= 0) close(block.replace(/\s+$/, '').length, true);
  const headline = headlineQuotation(block);
  if (headline && !quotes.some((quote) => quote.start < headline.end && headline.start < quote.end)) {
    quotes.push(headline);
    quotes.sort((a, b) => a.start - b.start);
  }
  return quotes;
}

// "Port Chief: ‘We Will Build the Pier’" — headlines quote in single marks. Only after a name and
// a colon opening the block: elsewhere ’ is far more often an apostrophe.
const HEADLINE_QUOTE = /^[^\n:“”"‘’]{1,60}:\s*(‘(?=\S)[^‘\n]*?\S’)(?![\p{L}\p{N}])/u;

function headlineQuotation(block: string): Quotation | undefined {
  const match = HEADLINE_QUOTE.exec(block);
  if (!match) return undefined;
  const start = match.index + match[0].length - match[1].length;
  const words = countWords(match[1]);
  return words ? { start, end: start + match[1].length, open: false, words } : undefined;
}

const APOSTROPHE_QUOTE = /(?<![\p{L}\p{N}])''(?=\S)[\s\S]*?\S''(?![\p{L}\p{N}])/gu;

/**
 * Quotations typed with two apostrophes (''…''), a wire and archive convention. They are not
 * reported as quotes (nor counted so by the corpora), but words inside them are the quoted
 * person's, so no cue inside one is an attribution of the article.
 */
export function findApostropheQuotations(block: string): Span[] {
  return [...block.matchAll(APOSTROPHE_QUOTE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
