// Checks a figure against a source document: the same value (in any equivalent form) near the
// claim's key words is `verbatim`; another value of the same kind there is `differs`.
import { comparable, figuresIn, sameFigure, type Figure } from './figures';
import type { SourceIndex } from './sourceIndex';
import type { DiffPart, SourceCheck } from './sourceCheck';
import { wordsOf } from './words';

/** How many words either side of a source figure count as near it. */
const NEAR = 30;
/** Words of the passage shown either side of a figure. */
const PASSAGE_WORDS = 12;

const STOP_WORDS = new Set(
  'the and for that this with from was were are has have had its their his her they them than then there which who what when where will would could should been being into onto over under about after before more less most least last next year years per cent percent million billion thousand said says also not but all any each some such only just very'.split(' '),
);

/**
 * The check of the figures in `claim` (the statistic's own words) against the source, judged by
 * the key words of `context` (its sentence); undefined when the claim holds no figure.
 */
export function checkFigure(claim: string, context: string, index: SourceIndex): SourceCheck | undefined {
  const figures = figuresIn(claim);
  if (figures.length === 0) return undefined;
  const keys = keyWords(context, figures.map((f) => f.text));
  const results = figures.map((figure) => checkOne(figure, keys, index));
  const differs = results.filter((r) => r.status === 'differs');
  const missing = results.find((r) => r.status === 'not-found');
  const shown = differs[0] ?? missing ?? results[0];
  if (differs.length) return { ...shown, diff: differs.flatMap((r) => r.diff) };
  return shown;
}

function keyWords(context: string, figureTexts: string[]): string[] {
  const inFigures = new Set(figureTexts.flatMap((text) => wordsOf(text).map((w) => w.key)));
  const keys = wordsOf(context).filter((w) => !w.punct && w.key.length >= 3 && !/\p{N}/u.test(w.key) && !STOP_WORDS.has(w.key) && !inFigures.has(w.key));
  return [...new Set(keys.map((w) => w.key))];
}

function checkOne(figure: Figure, keys: string[], index: SourceIndex): SourceCheck {
  const need = Math.min(2, keys.length);
  const places = keys.map((key) => index.occurrences(key));
  let same: { at: number; score: number } | undefined;
  let other: { at: number; score: number } | undefined;
  index.figures().forEach((candidate, at) => {
    if (!comparable(figure, candidate)) return;
    const score = places.filter((list) => hasNear(list, candidate.word)).length;
    if (score < need) return;
    if (sameFigure(figure, candidate)) {
      if (!same || score > same.score) same = { at, score };
    } else if (need > 0 && (!other || score > other.score)) other = { at, score };
  });
  if (same) return found(index, same.at, 'verbatim', []);
  if (other) {
    const given = index.figures()[other.at];
    const diff: DiffPart[] = [{ type: 'changed', article: figure.text, source: given.text, note: `the source gives ${given.text}, not ${figure.text}` }];
    return found(index, other.at, 'differs', diff);
  }
  return { status: 'not-found', edits: [], diff: [] };
}

function found(index: SourceIndex, at: number, status: SourceCheck['status'], diff: DiffPart[]): SourceCheck {
  const figure = index.figures()[at];
  const first = Math.max(0, figure.word - PASSAGE_WORDS);
  const last = Math.min(index.words.length - 1, figure.word + PASSAGE_WORDS);
  return { status, passage: index.passage(first, last), offset: figure.start, place: index.placeOf(figure.start), edits: [], diff };
}

/** Whether a sorted list of word indexes has one within NEAR of `word`. */
function hasNear(list: readonly number[], word: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] < word - NEAR) low = mid + 1;
    else high = mid;
  }
  return low < list.length && list[low] <= word + NEAR;
}
