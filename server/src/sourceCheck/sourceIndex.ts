// A source document read once for checking: its words in order and, for each word, where it
// occurs. Quotes and figures look their words up here instead of scanning the source, so a check
// costs what the quote's words cost, not what the document's length does.
import { figuresIn, type Figure } from './figures';
import { wordsOf, type Word } from './words';

/** A source document as its reader gives it: plain text, and where each page starts (PDFs). */
export interface SourceDocument {
  text: string;
  /** Offsets in `text` where pages 1, 2, … start, for documents that have pages. */
  pageStarts?: number[];
  /** For text read out of markup (HTML): the file's own text and where a character of `text` is in it, so lines are the file's. */
  origin?: { text: string; offsetOf(at: number): number };
}

/** Where a passage sits in its source: the page (PDFs) and the line, counted within the page, from 1. */
export interface SourcePlace {
  page?: number;
  line: number;
}

/** Passages longer than this are cut in the middle when shown. */
const PASSAGE_LIMIT = 600;

export class SourceIndex {
  readonly words: Word[];
  private readonly places = new Map<string, number[]>();
  private lineStarts: number[] | undefined;
  private figureList: (Figure & { word: number })[] | undefined;

  constructor(readonly document: SourceDocument) {
    this.words = wordsOf(document.text, 0, document.text.length, true);
    this.words.forEach((word, at) => {
      const list = this.places.get(word.key);
      if (list) list.push(at);
      else this.places.set(word.key, [at]);
    });
  }

  /** Where a word (by its lower-case key) occurs, as indexes into `words`, in order. */
  occurrences(key: string): readonly number[] {
    return this.places.get(key) ?? [];
  }

  /** The source's figures, each with the index of the word it starts at; read once, on first use. */
  figures(): readonly (Figure & { word: number })[] {
    if (!this.figureList) {
      const starts = this.words.map((w) => w.start);
      this.figureList = figuresIn(this.document.text).map((figure) => ({ ...figure, word: Math.max(0, lastAtOrBefore(starts, figure.start)) }));
    }
    return this.figureList;
  }

  /** The page and line of an offset in the text (pages come from PDFs, which have no origin). */
  placeOf(at: number): SourcePlace {
    const { origin } = this.document;
    const offset = origin ? origin.offsetOf(at) : at;
    this.lineStarts ??= lineStartsOf(origin ? origin.text : this.document.text);
    const line = lastAtOrBefore(this.lineStarts, offset);
    const pages = this.document.pageStarts;
    if (!pages?.length) return { line: line + 1 };
    const page = Math.max(0, lastAtOrBefore(pages, offset));
    return { page: page + 1, line: line - lastAtOrBefore(this.lineStarts, pages[page]) + 1 };
  }

  /** The source's words from word `first` to word `last`, white space made single, long ones cut in the middle. */
  passage(first: number, last: number): string {
    const text = this.document.text.slice(this.words[first].start, this.words[last].end).replace(/\s+/g, ' ');
    if (text.length <= PASSAGE_LIMIT) return text;
    return `${text.slice(0, PASSAGE_LIMIT / 2)} … ${text.slice(text.length - PASSAGE_LIMIT / 2)}`;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The index of the last entry ≤ value in an ascending list (-1 when none). */
function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
