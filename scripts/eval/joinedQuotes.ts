// Direct quotes read from PolNeAR's relations whole. The corpus's `direct_quote` spans test each
// content piece alone for quotation marks at both ends, so a quotation an annotator marked sentence
// by sentence (“One. | Two. | Three.”) is no direct quote at all, while the same quotation marked as
// one piece is one. Here the pieces of a relation that follow one another with only white space
// between are one stretch of content first, and a stretch wrapped in quotation marks, one quotation
// (no closing mark followed by an opening one inside), is a direct quote. The eval prints this row
// beside the corpus's own, never instead of it.
import type { CorpusDocument } from './corpus';
import type { Range } from './match';

const OPENS = /^["“‘]/;
const CLOSES = /["”’]$/;
const TWO_QUOTATIONS = /["”]\s+["“]/;

function trimmed(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The corpus's direct quotes and the quotations its annotators marked piece by piece, each once. */
export function joinedDirectQuotes(document: CorpusDocument): Range[] {
  const { text } = document;
  const found = new Map<string, Range>();
  const keep = (range: Range) => found.set(`${range.start}:${range.end}`, range);
  for (const span of document.spans) if (span.kind === 'direct_quote') keep(trimmed(text, span.start, span.end));
  for (const relation of document.relations ?? []) {
    const pieces = relation.content.map(([start, end]) => trimmed(text, start, end)).sort((a, b) => a.start - b.start);
    const stretches: Range[] = [];
    for (const piece of pieces) {
      const last = stretches[stretches.length - 1];
      if (last && !/\S/.test(text.slice(last.end, piece.start))) last.end = Math.max(last.end, piece.end);
      else stretches.push({ ...piece });
    }
    for (const stretch of stretches) {
      const words = text.slice(stretch.start, stretch.end);
      const joined = !pieces.some((piece) => piece.start === stretch.start && piece.end === stretch.end);
      if (joined && words.length > 2 && OPENS.test(words) && CLOSES.test(words) && !TWO_QUOTATIONS.test(words.slice(1, -1))) keep(stretch);
    }
  }
  return [...found.values()];
}
