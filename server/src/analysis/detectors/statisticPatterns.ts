// The pieces a statistic is made of, as one precompiled regular expression with a named group per
// sort, and the rule that tells a number that is a claim from one that is a label.
import type { Span } from '../finding';
import { sentenceAt } from '../text/sentenceLookup';

export type StatisticSort = 'figure' | 'date' | 'ranking';

const MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
// "May" is a month only next to a day or year, or after a word that introduces a date.
const MAY = '(?:(?<=\\b(?:[Ii]n|[Oo]n|of|since|until|by|early|late|mid|last|next|this|from|before|after|through)\\s)May\\b|May(?=\\s+\\d))';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '1[6-9]\\d\\d|20\\d\\d';
const UNIT = 'year|month|week|decade|century|quarter|spring|summer|autumn|fall|winter|weekend|night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const RELATIVE = `\\b(?:[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious) (?:${UNIT})s?\\b|\\b[Yy]esterday\\b`;
const DECADE = "\\b(?:1[6-9]\\d0|20\\d0)s\\b|['’]\\d0s\\b";
// A month is a whole word ("March", not "Marching"); the day may come first ("3 May", "3rd of May").
const MONTH_WORD = `(?:${MONTH}|May)(?:(?<=\\.)|\\b)`;
const DATE = `(?:\\b${DAY}(?:\\s+of)?\\s+(?:${MONTH_WORD})|\\b(?:${MONTH}|${MAY})(?:(?<=\\.)|\\b)(?:\\s+${DAY}\\b)?|${RELATIVE}|${DECADE})`;

const SCALE = 'hundred|thousand|million|billion|trillion|[mb]n|k';
const CURRENCY = '(?:US|A|C|HK|NZ)?[$£€¥₹]';
const NUMBER = '\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\.\\d+';
const SPELLED =
  'two-thirds|three-quarters|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens|hundreds|thousands|millions|billions|trillions|half|twice|triple|tripled|doubled|halved';
// "One" alone is rarely a count ("one of", "no one"); it is in "one in five" and "one-third".
const ONE = `[Oo]ne[- ](?:third|half|quarter|fifth|tenth|hundred|thousand|million|billion|trillion)\\b|[Oo]ne in (?:${SPELLED}|\\d+)`;
// "A third" of something, but not "a third-party candidate".
const FRACTION = '[Aa] (?:third|quarter)\\b(?!-)';
// "Nine in 10", "3 out of 4": a ratio is one figure.
const RATIO = '(?:\\s(?:in|out of)\\s(?:\\d{1,3}(?![\\d,])|ten|five|four|three|hundred)\\b)?';
const PERCENT = '\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)';
// "Two people familiar with the matter said": the count of anonymous sources is not a claim.
const NOT_SOURCES = '(?!\\s+(?:sources?|people|persons|officials|insiders|aides)\\s+(?:familiar|close|with|who|briefed|said|say|says|told))';
const FIGURE =
  // "€4m": after a currency sign, "m" is millions.
  `(?:${CURRENCY}\\s?(?:${NUMBER})(?:\\s?(?:${SCALE})\\b|m\\b)?` +
  `|(?<![\\w.,-])(?:${NUMBER})(?:[-–](?:${NUMBER}))?(?:(?:st|nd|rd|th)\\b|${PERCENT}|\\s(?:${SCALE})\\b|${RATIO})(?![A-Za-z])` +
  `|\\b(?:${FRACTION}|(?:${SPELLED}|${capitalised(SPELLED)}|${ONE})(?:[- ](?:${SPELLED})|-one\\b)*\\b(?:${PERCENT}|${RATIO})${NOT_SOURCES}))`;

const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)';
// Measurable superlatives only: "the largest", not "the best" or "the greatest", which are
// opinions; "most"/"least" only with an adjective that can be measured ("the most populous").
// "The worst" ranks only with what it ranks: "the worst drought", not "the worst was over".
const SUPERLATIVE =
  'largest|biggest|smallest|highest|lowest|oldest|youngest|richest|poorest|fastest|slowest|longest|shortest|deadliest|worst(?=[ -][a-z][a-z-]*\\b(?<!\\b(?:is|was|are|were|has|had|will|would|may|might|could|can|yet|of|in|to|for|and|or)))|busiest|wealthiest|heaviest|cheapest|costliest|tallest|widest|leading';
const MEASURABLE =
  'expensive|costly|populous|crowded|densely|liberal|conservative|productive|profitable|polluted|indebted|visited|common|popular|deadly|violent|segregated|diverse|educated';
// "The only" is a claim when it singles out a member of a countable set ("the only state to").
const ONLY_OF = 'president|state|country|nation|person|member|company|candidate|city|industrialized|democracy|senator|governor|woman|man';
const OWNER = "(?:the|its|their|his|her|our|(?:the\\s+)?(?:world|country|nation|state|city|region|continent|company|[A-Z][\\w.]*)['’]s)";
// The ranked thing follows: one noun, or a compound adjective and its noun ("state-owned firms").
const RANKING =
  `\\b${OWNER}\\s+(?:(?:${ORDINAL})[- ])?(?:(?:most|least)\\s+(?:${MEASURABLE})\\b|only\\s+(?:${ONLY_OF})\\b|(?:${SUPERLATIVE})\\b)(?:\\s+[a-z]+-[a-z-]+)?(?:\\s+(?!(?:of|in|to|and|or|for|that|who|which|is|was|are|were|has|had|on|at|by)\\b)[a-z][a-z-]+\\b)?` +
  `|\\b(?:${OWNER}\\s+)?(?:${ORDINAL})[- ](?:largest|biggest|highest|lowest|most\\s+(?:${MEASURABLE})|worst|richest|poorest|oldest|busiest)\\b` +
  '|\\b(?:record[- ](?:high|low|levels?|numbers?|breaking)|all-time (?:high|low))\\b';

export const STATISTIC_PATTERN = new RegExp(
  `(?<ranking>${RANKING})|(?<date>${DATE})|(?<figure>${FIGURE})`,
  'g',
);

export function statisticSort(match: RegExpExecArray): StatisticSort | undefined {
  const groups = match.groups;
  if (!groups) return undefined;
  if (groups.ranking) return 'ranking';
  if (groups.date) return 'date';
  if (groups.figure) return isYear(groups.figure) ? 'date' : 'figure';
  return undefined;
}

const YEAR_ONLY = new RegExp(`^(?:${YEAR})$`);

function isYear(text: string): boolean {
  return YEAR_ONLY.test(text);
}

function capitalised(alternatives: string): string {
  return alternatives
    .split('|')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('|');
}

// Words after which a number labels the text or names a thing rather than counting anything.
const LABEL_BEFORE = /(?:\b(?:page|pages|p\.|pp\.|chapter|section|sec\.|figure|fig\.|table|footnote|note|item|no\.|number|vol\.|volume|part|article|clause|line|step|level|room|route|flight|highway|interstate)|#|\[)\s*$/i;
const LABEL_AFTER = /^(?:[.)]\s|\]|:\d)/;

// A digit ordinal before a name or a word for a period, an occasion or a numbered body names a
// thing ("the 21st century", "the 5th Circuit", "its 31st anniversary", "the 2nd amendment"); one
// that counts ("the 17th judge confirmed", "its 11th field office") is a claim.
const NAMING_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const NAMED_AFTER = /^[\s-]+(?:\p{Lu}|(?:century|centuries|anniversary|birthday|amendments?|district|circuit|street|avenue|congressional|precinct|ward|president|grade|graders|annual)\b)/u;
// "Three years later", "two weeks on,": a span of time counted from another event in the text
// dates nothing the date of that event does not ("in 2016 … Three years later, in 2019"). A
// length of time ("three years in prison", "for two weeks", "two weeks on the road") is a claim,
// and so is one measured ("more than 40 minutes later": how long the help took).
const TIME_UNIT = '(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centur(?:y|ies))';
const COUNTED_ON = new RegExp(`^[\\s-]+${TIME_UNIT}\\s+(?:(?:later|earlier)(?!\\s+than)|afterwards?|on(?=\\s*[,.;:!?]|\\s+from\\b))`);
const MEASURED = /(?:\b(?:more|less|fewer) than|\b(?:nearly|almost|under|over|within|about|around|roughly|barely))\s+$/i;

// "The next four years", "the coming two weeks": a period ahead has not happened, so it dates and
// counts nothing yet (a figure spent or promised in it is its own finding).
const AHEAD = /\b(?:next|coming)\s+$/i;
const PERIOD = new RegExp(`^[\\s-]+${TIME_UNIT}\\b`);
// "Two things", "three ways to do it", "two questions": a few of the writer's or speaker's own
// points is how the text is laid out, not something in the world to check.
const FEW = /^(?:two|three|four|five)$/i;
const OWN_POINTS = /^\s+(?:(?:very|more|other|simple|different|basic|important|main|key|quick)\s+)?(?:things|ways|questions|reasons|counts)\b/i;

/**
 * True when a number states nothing to check: an ordinal naming a thing, time counted on from
 * another event, a period ahead, or a count of the text's own points.
 */
export function isEmptyNumber(block: string, span: Span): boolean {
  const text = block.slice(span.start, span.end);
  const after = block.slice(span.end, span.end + 40);
  if (NAMING_ORDINAL.test(text)) return NAMED_AFTER.test(after);
  const before = block.slice(Math.max(0, span.start - 12), span.start);
  if ((FEW.test(text) && OWN_POINTS.test(after)) || (AHEAD.test(before) && PERIOD.test(after))) return true;
  return COUNTED_ON.test(after) && !MEASURED.test(before);
}

/** True when a number is a list marker, a footnote, a page or section number, or a clock time. */
export function isLabelNumber(block: string, span: Span, sentences: readonly Span[]): boolean {
  const before = block.slice(Math.max(0, span.start - 16), span.start);
  if (LABEL_BEFORE.test(before)) return true;
  if (/\d:$/.test(before)) return true;
  const after = block.slice(span.end, span.end + 3);
  if (/^:\d\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(block.slice(span.end, span.end + 6))) return true;
  // A number that opens its paragraph or sentence and is followed by ". " or ") " marks a list item.
  const atStart = span.start === 0 || sentenceAt(sentences, span.start)?.start === span.start;
  return atStart && LABEL_AFTER.test(after) && /^\d/.test(block.slice(span.start, span.end));
}
