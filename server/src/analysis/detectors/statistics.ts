// Statistics: figures, dates, rankings and superlatives stated as fact. A number is a claim when it
// counts, measures, dates or ranks something in the world; it is not when it labels the text
// itself or names a thing: list markers, footnotes, page/chapter/section/figure numbers, clock
// times, and digits inside identifiers ("G7", "COVID-19", "A380"); nor when it states nothing to
// check: an ordinal naming a thing ("the 21st century") or time counted on ("three years later"). Adjacent parts join into one
// finding ("May 20, 1983", "$4.5 billion", "the world's second-largest economy"). A figure of
// speech ("thank millions of you") is no claim either: see figuresOfSpeech.ts.
import type { Detected, Span } from '../finding';
import { checkWorthiness } from '../models/checkWorthiness';
import { isFigureOfSpeech } from './figuresOfSpeech';
import { sentenceAt } from '../text/sentenceLookup';
import { STATISTIC_PATTERN, isEmptyNumber, isLabelNumber, statisticSort, type StatisticSort } from './statisticPatterns';

interface Part extends Span {
  sort: StatisticSort;
}

const MESSAGES: Record<StatisticSort, (text: string) => string> = {
  figure: (text) => `Statistic — '${text}': what is the source of this figure?`,
  date: (text) => `Date — '${text}': is the date right, and where is it recorded?`,
  ranking: (text) => `Ranking — '${text}': by what measure, and who ranks it?`,
};

// Date parts joined by a space, a comma or "of" belong together ("20th of May, 1983"), and so do
// the two ends of a range of figures ("10-15").
const DATE_JOINER = /^(?:,?\s+|\s+of\s+)$/;
const RANGE_JOINER = /^\s*[-–]\s*$/;

function joins(block: string, left: Part, right: Part): boolean {
  const gap = block.slice(left.end, right.start);
  if (left.sort === 'date' && right.sort === 'date') return DATE_JOINER.test(gap);
  if (left.sort === 'figure' && right.sort === 'date') return /^\s+of\s+$/.test(gap);
  return left.sort === 'figure' && right.sort === 'figure' && RANGE_JOINER.test(gap);
}

export function detectStatistics(block: string, sentences: Span[]): Detected[] {
  // Findings come in order, so a sentence with several figures is scored once.
  let scoredStart = -1;
  let worthiness = 0;
  return findStatistics(block, sentences).filter(({ start, end, content }) => {
    if (!content) return true;
    if (content.start !== scoredStart) {
      scoredStart = content.start;
      worthiness = checkWorthiness(block.slice(content.start, content.end));
    }
    return !isFigureOfSpeech(block.slice(start, end), worthiness);
  });
}

/** Every figure, date and ranking, figures of speech included (the check-worthiness trainer weighs those). */
export function findStatistics(block: string, sentences: Span[]): Detected[] {
  const parts: Part[] = [];
  STATISTIC_PATTERN.lastIndex = 0;
  for (let match = STATISTIC_PATTERN.exec(block); match; match = STATISTIC_PATTERN.exec(block)) {
    const sort = statisticSort(match);
    if (!sort) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    if (sort === 'figure' && (isLabelNumber(block, span, sentences) || isEmptyNumber(block, span))) continue;
    parts.push({ ...span, sort });
  }
  const found: Detected[] = [];
  for (let i = 0; i < parts.length; i++) {
    const first = parts[i];
    let last = first;
    let sort = first.sort;
    while (i + 1 < parts.length && joins(block, last, parts[i + 1])) {
      last = parts[++i];
      if (last.sort !== 'figure') sort = last.sort;
    }
    const text = block.slice(first.start, last.end);
    const sentence = sentenceAt(sentences, first.start);
    found.push({
      kind: 'statistic',
      start: first.start,
      end: last.end,
      content: sentence && { start: sentence.start, end: sentence.end },
      message: MESSAGES[sort](text),
    });
  }
  return found;
}
