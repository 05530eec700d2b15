// Attribution cues: the reporting verbs and phrases of lexicons/reporting-verbs.json, found as
// whole words, with the auxiliaries and adverbs that belong to the cue ("has also said").
import lexicon from './reporting-verbs.json';
import { INVERTING_VERBS, LISTENER_VERBS } from './words';
import type { Span } from '../finding';
import { CUE_MODEL, cueProbability } from '../models/cueModel';
import { MAX_CUE_CANDIDATES } from '../limits';
import { LETTER_OR_DIGIT } from '../text/letters';
import { formStems, isInflectedCue, sharesStem, type FormStems, type Word } from './inflectedCues';

export interface ReportingVerbEntry {
  forms: string[];
  count: number;
  seen: number;
  precision: number;
  example: string;
}

export interface Cue extends Span {
  /** The lexicon form that matched, lower case ("according to", "told"). */
  form: string;
  /**
   * True when the word is another inflection of a form, not a form itself (inflectedCues.ts). Set
   * on every candidate, so that all have one shape: V8 reads candidates of two shapes slower.
   */
  inflected: boolean;
}

export const REPORTING_VERBS: ReportingVerbEntry[] = lexicon.entries;

/** Cues that name their source after them ("according to the complaint"). */
// "in" is no lexicon form: detectors/pollCues.ts makes it a cue before a poll ("In a poll, …").
const SOURCE_AFTER = new Set(['according to', 'in']);
/** Cues whose object is a listener before the content ("told reporters that"). */
const LEADING = new Set(
  "has have had also later previously recently repeatedly once often publicly privately never already again still first now then reportedly long just further likely having began did does do not will would could is are was were be been being am may might should must can ever more most less hasn't haven't hadn't didn't doesn't don't won't wouldn't can't couldn't isn't aren't wasn't weren't shouldn't".split(' '),
);
// Manner adverbs belong to the cue too ("gently urging"), but not every -ly word is one.
const MANNER = /^\p{Ll}+ly$/u;
const NOT_MANNER = new Set(['only', 'early', 'family', 'july', 'italy', 'rally', 'ally', 'daily', 'weekly', 'monthly', 'likely', 'fly', 'reply', 'supply', 'apply']);

/** Finds lexicon forms as whole words: a hash lookup on each word, longest form first. */
export interface CueMatcher {
  byFirstWord: Map<string, string[][]>;
  /** The stems of the one-word forms: another inflection of one is a candidate too (inflectedCues.ts). */
  stems: FormStems;
}

const WORD = new RegExp(`${LETTER_OR_DIGIT}+(?:['’-]${LETTER_OR_DIGIT}+)*`, 'gu');
const WORD_AT_START = new RegExp(`^${LETTER_OR_DIGIT}+(?:['’-]${LETTER_OR_DIGIT}+)*`, 'u');

export function cueMatcher(forms: Iterable<string>): CueMatcher {
  const byFirstWord = new Map<string, string[][]>();
  for (const form of new Set(forms)) {
    const words = form.split(' ');
    const list = byFirstWord.get(words[0]) ?? [];
    list.push(words);
    byFirstWord.set(words[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.join(' ').length - a.join(' ').length);
  return { byFirstWord, stems: formStems([...byFirstWord].filter(([, list]) => list.some((form) => form.length === 1)).map(([word]) => word)) };
}

/** The lexicon's forms and those the cue model learnt. */
const BUILT_IN_FORMS: ReadonlySet<string> = new Set([...REPORTING_VERBS.flatMap((entry) => entry.forms), ...CUE_MODEL.forms]);
const CUE_MATCHER = cueMatcher(BUILT_IN_FORMS);

/** How likely a candidate is a cue in its context, by the cue model trained on the train split. */
export function cueScore(text: string, sentence: Span, cue: Cue, others: Cue[] = []): number {
  return cueProbability(text, sentence, cue, others);
}

/** Candidates scoring below this are not cues (chosen on a held-out half of the train split). */
const CUE_THRESHOLD: number = CUE_MODEL.threshold;

// A word the lexicon never listed must be surer: on five folds of train, cue F1 is the same at 0.4
// and 0.6, and precision higher (0.724 -> 0.728); a wrong mark costs a checker more than a missed one.
const INFLECTED_CUE_THRESHOLD = 0.6;

/** Whether a candidate scoring `score` is sure enough to be a cue. */
export function scoresAsCue(cue: Cue, score: number): boolean {
  return score >= (cue.inflected ? Math.max(CUE_THRESHOLD, INFLECTED_CUE_THRESHOLD) : CUE_THRESHOLD);
}

export function namesSourceAfter(cue: Cue): boolean {
  return SOURCE_AFTER.has(cue.form);
}

// "asked about [the pier]", "said of the plan": what follows the preposition is what was said
// about, never who said it (in train, none of the 8 speakers read after "asked about" or "asked for").
const ENDS_ON_PREPOSITION = / (?:about|for|of|on|over|with|to|into|at|after|against|by)$/;

export function invertsSpeaker(cue: Cue): boolean {
  return INVERTING_VERBS.has(cue.form.split(' ')[0]) && !ENDS_ON_PREPOSITION.test(cue.form);
}

export function takesListener(cue: Cue): boolean {
  return LISTENER_VERBS.has(cue.form.split(' ')[0]);
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;

/**
 * The word and the white space before `start`, read back no further than `lowest`, as
 * /([\p{L}]+(?:['’]t)?)\s+$/u would find them at the end of text[lowest, start) but without
 * trying every position: this runs on every cue candidate.
 */
function wordBefore(text: string, lowest: number, start: number): { word: string; length: number } | undefined {
  let end = start;
  while (end > lowest && SPACE.test(text[end - 1])) end--;
  if (end === start || end === lowest) return undefined;
  // "don't", "isn’t": a word's n't is part of it.
  let letters = end;
  if (end - 3 >= lowest && text[end - 1] === 't' && (text[end - 2] === "'" || text[end - 2] === '’') && LETTER.test(text[end - 3])) letters = end - 2;
  let first = letters;
  while (first > lowest && LETTER.test(text[first - 1])) first--;
  if (first === letters) return undefined;
  return { word: text.slice(first, end), length: start - first };
}

/** Whether text[from, to) holds half of a surrogate pair: letters beyond the basic plane. */
function hasSurrogate(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+$/u;

/**
 * "Theresa May said", "Jo Long said": a capitalised auxiliary after a capitalised word ends a name,
 * unless the cue is capitalised too ("Trump Just Said", a headline in title case).
 */
function endsName(text: string, start: number, from: number): boolean {
  return NAME_BEFORE.test(text.slice(Math.max(from, start - 30), start));
}

// "has since said": the adverb, but only after "has", "have" or "had"; elsewhere "since" opens a
// phrase of its own ("a briefing since accepting the nomination").
const SINCE_AUXILIARY = /\b(?:has|have|had|['’]ve|['’]d)\s+$/i;

function sinceAfterAuxiliary(text: string, from: number, at: number, word: string): boolean {
  return word.toLowerCase() === 'since' && SINCE_AUXILIARY.test(text.slice(Math.max(from, at - 8), at));
}

/** Widens a cue leftwards over auxiliaries and adverbs: "has also said". */
function withLeadingWords(text: string, start: number, from: number): number {
  for (;;) {
    const lowest = Math.max(from, start - 24);
    let before: { word: string; length: number } | undefined;
    if (hasSurrogate(text, lowest, start)) {
      const match = /([\p{L}]+(?:['’]t)?)\s+$/u.exec(text.slice(lowest, start));
      before = match ? { word: match[1], length: match[0].length } : undefined;
    } else {
      before = wordBefore(text, lowest, start);
    }
    const word = before?.word ?? '';
    const leading = LEADING.has(word.toLowerCase().replace('’', "'")) || (MANNER.test(word) && !NOT_MANNER.has(word)) || (!!before && sinceAfterAuxiliary(text, from, start - before.length, word));
    if (!before || !leading) return withContraction(text, start, from);
    if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(text.slice(start, start + 2)) && endsName(text, start - before.length, from)) return start;
    start -= before.length;
  }
}

// A contracted auxiliary belongs to the cue as PolNeAR marks it ("He[’s comparing]", "they[’ve argued]"),
// but a possessive "’s" does not ("Ana’s [criticism]"): "’s" counts before a participle or an auxiliary only.
const CONTRACTED = /\p{L}(['’](?:s|ve|re|d|ll))\s+$/iu;
const PARTICIPLE = /^\p{L}+(?:ing|ed|en)\b/u;

function withContraction(text: string, start: number, from: number): number {
  const lowest = Math.max(from, start - 8);
  const match = CONTRACTED.exec(text.slice(lowest, start));
  if (!match) return start;
  const next = text.slice(start, start + 24);
  if (/^['’]s$/i.test(match[1]) && !PARTICIPLE.test(next) && !LEADING.has(/^\p{L}+/u.exec(next)?.[0].toLowerCase() ?? '')) return start;
  return start - match[0].length + 1;
}

/** Cue candidates within text[from, to), in order, found with `matcher`; at most MAX_CUE_CANDIDATES. */
export function findCues(text: string, from: number, to: number, matcher: CueMatcher = CUE_MATCHER): Cue[] {
  const words: Word[] = [];
  // Read in place (no slice of the sentence, no iterator): this runs on every sentence of every keystroke.
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    // A word running past `to` counts up to it, as in the sentence read alone.
    const word = match.index + match[0].length <= to ? match[0] : WORD_AT_START.exec(text.slice(match.index, to))![0];
    const lower = word.toLowerCase();
    words.push({ start: match.index, end: match.index + word.length, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
  }
  const cues: Cue[] = [];
  for (let i = 0; i < words.length && cues.length < MAX_CUE_CANDIDATES; i++) {
    const listed = matcher.byFirstWord.get(words[i].lower)?.find((form) => formAt(text, words, i, form));
    if (!listed && !sharesStem(words[i].lower, matcher.stems)) continue;
    const start = withLeadingWords(text, words[i].start, from);
    if (!listed && !isInflectedCue(text, words, i, start < words[i].start)) continue;
    const found = listed ?? [words[i].lower];
    cues.push({ start, end: words[i + found.length - 1].end, form: found.join(' '), inflected: !listed });
    i += found.length - 1;
  }
  return cues;
}

/** Whether the words from `i` on spell `form`, separated by white space only. */
function formAt(text: string, words: Word[], i: number, form: string[]): boolean {
  for (let k = 1; k < form.length; k++) {
    const word = words[i + k];
    if (!word || word.lower !== form[k] || /\S/.test(text.slice(words[i + k - 1].end, word.start))) return false;
  }
  return true;
}

/** The built-in forms plus a project's own (lower case, one space between words); `added` are the new ones. */
export function cueMatcherWith(extra: readonly string[]): { matcher: CueMatcher; added: ReadonlySet<string> } {
  const added = new Set(extra.filter((form) => !BUILT_IN_FORMS.has(form)));
  return { matcher: cueMatcher([...BUILT_IN_FORMS, ...added]), added };
}
