// Speakers: the source of an attribution as named at that place ("the DoJ complaint", "Zoom",
// "he"), read as the noun phrase next to the cue, and whether it is a pronoun or a person.
import type { Span } from './finding';

const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|\S/gu;
const STOP_WORDS = new Set(
  'that which who whom whose when while where because if although though but or as after before since so than yet however unless whether until said says to'.split(' '),
);
const STOP_MARKS = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '—', '–', '-', '?', '!', '|']);
// After a cue, a source ends at these ("according to the complaint filed in May").
const RIGHT_STOP_WORDS = new Set([
  ...STOP_WORDS,
  ...'in on at during and with about over against last this next on in told tells'.split(' '),
]);
const MAX_WORDS = 12;
// Sentence adverbs that open a clause but are no part of who spoke: "Later he said".
const LEADING_ADVERBS = new Set(
  'later then now also still instead meanwhile yesterday today earlier previously separately privately publicly finally indeed again afterwards here there thus so and but or yet in'.split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const TITLES =
  /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|president|senator|governor|mayor|judge|justice|secretary|minister|chancellor|speaker|sir|lady|lord|rev|father|sister|col|lt|capt|sgt|adm|former|vice)\.?$/i;
const PERSON_NOUNS =
  /\b(?:spokes(?:man|woman|person)|official|aide|lawyer|attorney|advis[eo]r|director|secretary|minister|chief|executive|analyst|expert|officer|candidate|president|senator|governor|mayor|man|woman|chairman|chairwoman|founder|professor|manager|strategist|economist|researcher|leader|member|nominee|representative|congressman|congresswoman|judge|prosecutor|agent|employee|colleague|friend|worker|resident|voter|source)s?$/i;
const NOT_NAMES = /^(?:the|a|an|this|that|these|those|its|their|our|his|her|it|in|on|at|but|and|however)$/i;

interface Token extends Span {
  text: string;
}

function tokens(text: string, from: number, to: number): Token[] {
  const found: Token[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    found.push({ start: from + match.index, end: from + match.index + match[0].length, text: match[0] });
  }
  return found;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The noun phrase that ends at `end` (a cue's start), read leftwards to a clause boundary.
 * "Smith and Jones said" keeps both names; "polls show and he said" stops at "and".
 */
export function sourceBefore(text: string, from: number, end: number): Span | undefined {
  const words = tokens(text, from, end);
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_WORDS; i--) {
    const word = words[i].text;
    const lower = word.toLowerCase();
    if (STOP_MARKS.has(word) || STOP_WORDS.has(lower)) break;
    if (lower === 'and' && !(isCapitalised(words[i + 1]?.text ?? '') && isCapitalised(words[i - 1]?.text ?? ''))) break;
    first = i;
  }
  while (first < words.length && LEADING_ADVERBS.has(words[first].text.toLowerCase())) first++;
  if (first === words.length) return undefined;
  if (words.length - first > MAX_WORDS) return undefined;
  return { start: words[first].start, end: words[words.length - 1].end };
}

/** The noun phrase that starts at `start` (after a cue): "according to [the DoJ complaint]". */
export function sourceAfter(text: string, start: number, to: number): Span | undefined {
  const words = tokens(text, start, to);
  let last = -1;
  for (let i = 0; i < words.length && i < MAX_WORDS; i++) {
    const word = words[i].text.replace(/\.$/, '');
    if (STOP_MARKS.has(word) || word === '.' || (i > 0 && RIGHT_STOP_WORDS.has(word.toLowerCase()))) break;
    last = i;
    if (words[i].text.endsWith('.') && !/^(?:\p{Lu}|mr|mrs|ms|dr|st|sen|rep|gov|gen|u\.s)\.?$/iu.test(words[i].text.slice(0, -1))) break;
  }
  if (last < 0) return undefined;
  const end = words[last].text.endsWith('.') && last === words.length - 1 ? words[last].end - 1 : words[last].end;
  return { start: words[0].start, end };
}

/** A name right after a cue that puts its speaker last: ", said Smith" / ", said the official". */
export function invertedSource(text: string, start: number, to: number): Span | undefined {
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(start, to))?.[1] ?? '';
  if (!isCapitalised(next) && !/^(?:the|a|an|his|her|their|its|one|another)$/i.test(next)) return undefined;
  return sourceAfter(text, start, to);
}

export function isPronoun(name: string): boolean {
  return PRONOUNS.has(name.toLowerCase());
}

export function isPersonPronoun(name: string): boolean {
  return PERSON_PRONOUNS.has(name.toLowerCase());
}

/** Whether a source names a person (and so is what a later "he" or "she" refers to). */
export function isPerson(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (!words.length || isPronoun(name)) return false;
  if (TITLES.test(words[0])) return true;
  if (PERSON_NOUNS.test(words[words.length - 1])) return true;
  return isCapitalised(words[0]) && !NOT_NAMES.test(words[0]) && words.length <= 4 && words.every((w) => isCapitalised(w) || w === 'and');
}
