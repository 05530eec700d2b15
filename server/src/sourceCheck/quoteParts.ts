// A quote as the article gives it, read into what must be found in the source: runs of words
// separated by ellipses (`...`, `…`, `. . .`, `[…]`: words left out), with square-bracketed words
// (the writer's, standing in for or added to the speaker's) kept as placeholders.
import { wordsOf, type Word } from './words';

export type QuoteItem = { type: 'word'; word: Word } | { type: 'brackets'; text: string; start: number; end: number };

export interface QuoteParts {
  /** Runs of items to be found in the source, in order; an ellipsis stood between each two. */
  runs: QuoteItem[][];
  /** The ellipses as written, one between each two runs. */
  ellipses: string[];
}

const OPENING = /^\s*[“"‘'„«]+/;
const CLOSING = /[”"’'»]+\s*$/;

/** The quote's words without its outer quotation marks. */
export function quoteParts(quote: string): QuoteParts {
  const from = quote.match(OPENING)?.[0].length ?? 0;
  const closing = quote.slice(from).match(CLOSING);
  const to = closing ? quote.length - closing[0].length : quote.length;
  const words = wordsOf(quote, from, to);
  const runs: QuoteItem[][] = [[]];
  const ellipses: string[] = [];
  for (let i = 0; i < words.length; ) {
    const ellipsis = ellipsisAt(words, i);
    if (ellipsis > i) {
      ellipses.push(quote.slice(words[i].start, words[ellipsis - 1].end));
      runs.push([]);
      i = ellipsis;
      continue;
    }
    const close = words[i].text === '[' ? words.findIndex((w, j) => j > i && w.text === ']') : -1;
    if (close > i) {
      runs[runs.length - 1].push({ type: 'brackets', text: quote.slice(words[i].start, words[close].end), start: words[i].start, end: words[close].end });
      i = close + 1;
      continue;
    }
    runs[runs.length - 1].push({ type: 'word', word: words[i] });
    i++;
  }
  // An ellipsis at the start or the end leaves an empty run: it marks words left out there, nothing to find.
  const kept = runs.filter((run) => run.length > 0);
  return { runs: kept, ellipses: ellipses.slice(0, Math.max(0, kept.length - 1)) };
}

/** Where an ellipsis starting at word `i` ends (the index after it), or `i` when there is none. */
function ellipsisAt(words: Word[], i: number): number {
  const bracketed = words[i].text === '[' ? 1 : 0;
  let j = i + bracketed;
  if (words[j]?.text === '…') j++;
  else if (words[j]?.text === '.' && words[j + 1]?.text === '.' && words[j + 2]?.text === '.') j += 3;
  else return i;
  // Four dots: a full stop before the ellipsis.
  if (words[j]?.text === '.') j++;
  if (bracketed) return words[j]?.text === ']' ? j + 1 : i;
  return j;
}
