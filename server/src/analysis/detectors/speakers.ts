// Speakers: the source of an attribution as named at that place ("the DoJ complaint", "Zoom",
// "he"), read as the noun phrase next to the cue, and whether it is a pronoun or a person.
import type { Span } from '../finding';
import { isTitle, PERSON_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicons/words';
import { LETTER_OR_DIGIT } from '../text/letters';
import { nameAfterFrontedPhrase } from './frontedName';

const WORD = new RegExp(`${LETTER_OR_DIGIT}+(?:[.'’&-]${LETTER_OR_DIGIT}+)*\\.?|\\S`, 'gu');
const STOP_WORDS = new Set(
  'that which who whom whose when while where because if although though but or as after before since so than yet however unless whether until said says to'.split(' '),
);
const STOP_MARKS = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '—', '–', '-', '?', '!', '|']);
// After a cue, a source ends at these ("according to the complaint filed in May").
const RIGHT_STOP_WORDS = new Set([
  ...[...STOP_WORDS].filter((word) => word !== 'who'),
  ...'in on at during and with about over against last this next on in told tells'.split(' '),
]);
const MAX_WORDS = 12;
// Sentence adverbs that open a clause but are no part of who spoke: "Later he said".
const LEADING_ADVERBS = new Set(
  'later then now also still instead meanwhile yesterday today earlier previously separately privately publicly finally indeed again afterwards here there thus so and but or yet in do does did will would can could should'.split(' '),
);
// "On Monday the minister said", "Officials last week said": a phrase of when is no part of who.
const TIME_LEAD = /^(?:on|in|last|this|next|early|late|earlier|later|mid|since|by|until)$/i;
const TIME_NOUN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|day|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|decade|century|quarter|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/i;
const TIME_TAIL = /^(?:morning|afternoon|evening|night|\d{1,2}|\d{4})$/i;
const PERSON_NOUNS =
  /\b(?:spokes(?:man|woman|person)|official|aide|lawyer|attorney|advis[eo]r|director|secretary|minister|chief|executive|analyst|expert|officer|candidate|president|senator|governor|mayor|man|woman|chairman|chairwoman|founder|professor|manager|strategist|economist|researcher|leader|member|nominee|representative|congressman|congresswoman|judge|prosecutor|agent|employee|colleague|friend|worker|resident|voter|source|nurse|doctor|surgeon|engineer|teacher|owner|chair|chairperson|councillor|councilor|organi[sz]er|campaigner|activist|historian|scientist|host|anchor|reporter|journalist|editor|columnist|commentator|writer|author|actor|actress|singer|coach|player|pastor|priest|witness|mother|father|wife|husband|son|daughter|sister|brother)s?$/i;
const NOT_NAMES = /^(?:the|a|an|this|that|these|those|its|their|our|his|her|it|in|on|at|but|and|however)$/i;

interface Token extends Span {
  text: string;
}

const WORD_HERE = new RegExp(WORD.source, 'uy');

/** The words of text[from, to), read in place: no copy of the text, no copy of the expression per call (matchAll makes both). */
function tokens(text: string, from: number, to: number): Token[] {
  const found: Token[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    let word = match[0];
    if (match.index < from) {
      // `from` splits a surrogate pair, which the expression reads whole from its first half: alone, the second half is a mark of its own.
      found.push({ start: from, end: from + 1, text: text[from] });
      WORD.lastIndex = from + 1;
      continue;
    }
    // A word running past `to` counts up to it, as in text[from, to) read alone.
    if (match.index + word.length > to) {
      WORD_HERE.lastIndex = 0;
      word = WORD_HERE.exec(text.slice(match.index, to))![0];
      WORD.lastIndex = match.index + word.length;
    }
    found.push({ start: match.index, end: match.index + word.length, text: word });
  }
  return found;
}

const ENDS_RELATIVE = /(?:who|which|that)$/i;
const RELATIVE = /^(?:who|which)$/i;
const RELATIVE_OR_THAT = /^(?:who|which|that)$/i;
const SPACE = /\s/;
// A speaker is read at most this far from its cue, which keeps long sentences linear.
const WINDOW = 320;

/** The words of text[from, end), but only those within WINDOW of `end` (no word cut in half). */
function tokensBefore(text: string, from: number, end: number): Token[] {
  const start = Math.max(from, end - WINDOW);
  const words = tokens(text, start, end);
  return start > from && /[\p{L}\p{N}]/u.test(text[start - 1]) ? words.slice(1) : words;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * "Smith, who said": the speaker as named there is "who" (PolNeAR's convention), and it stands for
 * the name the relative clause hangs on. With `quoted` (a quotation follows the cue) "that" is one
 * too: "a message that said, “…”"; elsewhere a "that" before a verb is too often something else.
 */
export function relativeSpeaker(text: string, from: number, end: number, quoted = false): { relative: Span; antecedent?: Span } | undefined {
  // Most cues follow no relative pronoun: look before reading the words (this runs on every cue).
  let trimmed = end;
  while (trimmed > from && SPACE.test(text[trimmed - 1])) trimmed--;
  if (!ENDS_RELATIVE.test(text.slice(Math.max(from, trimmed - 5), trimmed))) return undefined;
  const words = tokensBefore(text, from, end);
  let last = words.length - 1;
  if (!(quoted ? RELATIVE_OR_THAT : RELATIVE).test(words[last]?.text ?? '')) return undefined;
  const relative = { start: words[last].start, end: words[last].end };
  last -= words[last - 1]?.text === ',' ? 2 : 1;
  return { relative, antecedent: last >= 0 ? antecedent(words, last) : undefined };
}

/**
 * The noun phrase that ends at `end` (a cue's start), read leftwards to a clause boundary.
 * "Smith and Jones said" keeps both names; "polls show and he said" stops at "and".
 */
export function sourceBefore(text: string, from: number, end: number): Span | undefined {
  const words = tokensBefore(text, from, end);
  let last = words.length - 1;
  if (words[last]?.text === ',') return appositive(words, last);
  // "with an [assertion] that …": a noun cue after an article names no speaker before it.
  if (/^(?:a|an|the)$/i.test(words[last]?.text ?? '')) return undefined;
  let first = last + 1;
  for (let i = last; i >= 0 && last - i < MAX_WORDS; i--) {
    const word = words[i].text;
    const lower = word.toLowerCase();
    if (word === ')') {
      // "Rep. Ann Lee (D-Ohio) said": a bracket inside the name.
      const open = words.slice(0, i).map((w) => w.text).lastIndexOf('(');
      if (open < 0 || i - open > 6) break;
      i = open;
      first = open;
      continue;
    }
    if (STOP_MARKS.has(word) || STOP_WORDS.has(lower)) break;
    // The closing marks of a ''…'' quotation.
    if (word === "'" && (i === last || words[i - 1]?.text === "'")) break;
    if (lower === 'and' && !(isCapitalised(words[i + 1]?.text ?? '') && isCapitalised(words[i - 1]?.text ?? ''))) break;
    first = i;
  }
  for (let before = -1; before !== first; ) {
    before = first;
    first = afterTimePhrase(words, first, last);
    while (first <= last && LEADING_ADVERBS.has(words[first].text.toLowerCase())) first++;
  }
  while (last >= first && TRAILING_ADVERBS.test(words[last].text)) last--;
  last = beforeTimePhrase(words, first, last);
  if (first > last || last - first >= MAX_WORDS) return undefined;
  return { start: words[first].start, end: words[last].end };
}

// One word that names no one: the article of a noun cue ("an [assertion]"), a preposition ("by
// [threatening]"), a participle ("including [criticism]"); none of the 96 such in train is a source.
// Its case does not matter: "For [weeks, the mayor had been …, delivering]" opens a sentence.
const NO_SPEAKER = /^(?:a|an|the|any|no|other|much|by|for|with|of|from|about|within|despite|almost|what|was|were|has|have|well|plus|together|alike)$/i;
// Lower case only: "Reading" may be the town.
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u;

// Words that end no name: a phrase that stops on one ("Visa Program Up for Renewal Amid", "Rubio
// refrained from") was cut out of a clause, and is no speaker (2 of 57 such in train are sources).
// After a comma it may end a description ("Jo Bell, who would not say who she votes for").
const LAST_WORD_OF_NO_NAME = /^[^,]*\s(?:amid|of|for|to|in|on|at|with|by|from|about|and|or|but|the|a|an|into|than|as)$/i;

const AUXILIARY = '(?:was|were|is|are|would|will|had|has|have|could|should|can|did|does|do|may|might|must)';
// A finite verb before any comma or relative pronoun: a clause ("Mr Lee had at last", "the
// report was included in a briefing without"), not a name with its description.
const CLAUSE = new RegExp(`^(?:(?![,(]|\\b(?:who|whom|whose|which|that)\\b).)*?\\s${AUXILIARY}\\s`, 'isu');

// A name that opens the clause: its subject, as a rule the one who speaks ("Mr Lee had at last said").
const NAMED_SUBJECT = new RegExp(`^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\\.?\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?=\\s+${AUXILIARY}\\s)`, 'u');

const NOT_A_SUBJECT = /^(?:there|here|this|what|how|why|when|where|if|so|then|now|yes|no)\b/i;

/** The name that opens a clause read as a speaker, if one does. */
export function clauseSubject(speaker: string): string | undefined {
  const subject = NAMED_SUBJECT.exec(speaker)?.[0];
  if (!subject || isPronoun(subject) || NOT_NAMES.test(subject.split(/\s/)[0]) || NOT_A_SUBJECT.test(subject)) return undefined;
  return subject;
}

/** Whether words read as a speaker are a clause, whose cue stands without them. */
export function isClause(speaker: string): boolean {
  return CLAUSE.test(speaker);
}

export function namesNoOne(speaker: string): boolean {
  return NO_SPEAKER.test(speaker) || PARTICIPLE.test(speaker) || LAST_WORD_OF_NO_NAME.test(speaker) || isClause(speaker);
}

/** The index after a phrase of when that opens words[first..last] ("last week", "on Monday morning"), else first. */
function afterTimePhrase(words: Token[], first: number, last: number): number {
  if (first >= last || !TIME_LEAD.test(words[first].text) || !TIME_NOUN.test(words[first + 1].text)) return first;
  let next = first + 2;
  while (next <= last && next - first < 4 && TIME_TAIL.test(words[next].text)) next++;
  return next;
}

/** The index before a phrase of when that closes words[first..last] ("Officials last week"), else last. */
function beforeTimePhrase(words: Token[], first: number, last: number): number {
  for (let start = last - 1; start > first && last - start < 3; start--) {
    if (TIME_LEAD.test(words[start].text) && TIME_NOUN.test(words[start + 1].text) && afterTimePhrase(words, start, last) === last + 1) return start - 1;
  }
  return last;
}

// Adverbs between a speaker and the cue are neither: "Clinton [even] agreed".
const TRAILING_ADVERBS = /^(?:even|just|only|however|too|both|all|themselves|himself|herself|\p{Ll}+ly)$/u;

/** The noun phrase ending at `last`: a run of capitalised words, or a determiner and its noun. */
function antecedent(words: Token[], last: number): Span | undefined {
  let first = last;
  if (isCapitalised(words[last].text)) {
    while (first > 0 && isCapitalised(words[first - 1].text) && !NOT_NAMES.test(words[first - 1].text)) first--;
  } else {
    while (first > 0 && last - first < 4 && !/^(?:the|a|an|his|her|their|its|our)$/i.test(words[first].text)) first--;
    if (!/^(?:the|a|an|his|her|their|its|our)$/i.test(words[first].text)) return undefined;
  }
  return { start: words[first].start, end: words[last].end };
}

const APPOSITIVE_WORDS = 30;
const INTRO = /^(?:in|on|at|after|before|during|when|while|as|if|but|and|so|then|however|also|still|yet|for|with|by|from|since|although|though)$/i;

/**
 * "Jo Park, 41, a nurse from Leeds, said …": the speaker runs from the start of the clause to the
 * comma before the cue, when it opens with a name or a determiner and holds an inner comma.
 */
function appositive(words: Token[], comma: number): Span | undefined {
  let first = comma;
  for (let i = comma - 1; i >= 0 && comma - i <= APPOSITIVE_WORDS; i--) {
    // "Sanders' campaign manager": an apostrophe glued to a plural is a possessive, not a quotation mark.
    const possessive = words[i].text === "'" && words[i - 1]?.end === words[i].start && /s$/i.test(words[i - 1].text);
    if ((/^[;:“”"'—–]$/.test(words[i].text) && !possessive) || /^(?:that|because|when|while|but)$/i.test(words[i].text)) break;
    first = i;
  }
  if (first >= comma || comma - first > APPOSITIVE_WORDS) return undefined;
  let inner = words.slice(first, comma);
  // "As Jo Lee, the harbour master, put it": the "as" of the clause, then the name.
  if (/^as$/i.test(inner[0]?.text ?? '') && isCapitalised(inner[1]?.text ?? '')) inner = inner.slice(1);
  // "In a statement, her adviser, Jo Sule, said": an opening phrase is no part of the name.
  while (INTRO.test(inner[0]?.text ?? '') && inner.some((w) => w.text === ',')) inner = inner.slice(inner.findIndex((w) => w.text === ',') + 1);
  if (!inner.length) return undefined;
  const opener = inner[0].text;
  const innerComma = inner.findIndex((w) => w.text === ',');
  if (innerComma < 1) return undefined;
  // "In that winter, Tom Hale, who ran the kiosk, said": read back to "that", the words begin in
  // the phrase before the name; the name and its description after it are the speaker.
  if (!isCapitalised(opener) && !/^(?:the|a|an|his|her|their|its)$/i.test(opener)) return nameAfterFrontedPhrase(inner);
  if (INTRO.test(opener)) return undefined;
  // "Trump, speaking at a rally, said": a participle or clause after the comma is no part of the name.
  if (/^(?:\p{Ll}+(?:ing|ed)|who|which|whose|facing|after|despite|in|at|on)$/u.test(inner[innerComma + 1]?.text ?? '')) {
    return { start: inner[0].start, end: inner[innerComma - 1].end };
  }
  return { start: inner[0].start, end: inner[inner.length - 1].end };
}

/** The noun phrase that starts at `start` (after a cue): "according to [the DoJ complaint]". */
export function sourceAfter(text: string, start: number, to: number): Span | undefined {
  const words = tokens(text, start, Math.min(to, start + WINDOW));
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
export function invertedSource(text: string, start: number, to: number, afterQuote = false): Span | undefined {
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(start, to))?.[1] ?? '';
  // Right after a quotation anything may name the speaker: “…,” said former Sen. Jo Bay.
  if (!afterQuote && !isCapitalised(next) && !/^(?:the|a|an|his|her|their|its|one|another)$/i.test(next)) return undefined;
  if (afterQuote && /^(?:in|on|at|during|after|before|of|about|to|that)$/i.test(next)) return undefined;
  const source = sourceAfter(text, start, to);
  // "…,” said Ann Lee, a nurse from Leeds. — the description is part of how she is named.
  const description = source && /^,\s+(?:a|an|the|who|whose|one|his|her|their|its|\p{Lu})[^“”"]*?(?=[.!?]?["”]?\s*$)/u.exec(text.slice(source.end, to));
  return description ? { start: source!.start, end: source!.end + description[0].length } : source;
}

export function isPronoun(name: string): boolean {
  return SUBJECT_PRONOUNS.has(name.toLowerCase());
}

export function isPersonPronoun(name: string): boolean {
  return PERSON_PRONOUNS.has(name.toLowerCase());
}

/** Whether a source names a person (and so is what a later "he" or "she" refers to). */
export function isPerson(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (!words.length || isPronoun(name)) return false;
  if (isTitle(words[0])) return true;
  if (PERSON_NOUNS.test(words[words.length - 1])) return true;
  // "the authority's chief executive, Ana Lopes": a description before a full name.
  if (/,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(name)) return true;
  if (NOT_NAMES.test(words[0])) return false;
  // "Ana Lopes, the harbour's chief engineer": a full name before a description.
  if (/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+,/u.test(name)) return true;
  if (words.length <= 4 && isCapitalised(words[0]) && words.every((w) => isCapitalised(w) || w === 'and')) return true;
  // "Chief engineer Tomas Varga": a description ending in a full name.
  return words.length >= 3 && isCapitalised(words[words.length - 1]) && isCapitalised(words[words.length - 2]);
}
