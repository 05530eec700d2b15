// The colon as a cue: "Pollster Jo Rees: “…”", headlines such as "City Hall: Budget Will Balance",
// and a clause whose subject goes on to speak: "The senator was blunt: “…”".
import type { Span } from '../finding';
import type { Cue } from '../lexicons/cues';
import { isPerson, sourceBefore } from './speakers';
import { LETTER_OR_DIGIT } from '../text/letters';

// Who may speak a quotation after a colon: a pronoun for people, a person, a named body.
const SPEAKING_PRONOUN = /^(?:he|she|they|we|i)$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/i;
// Words that open a clause but are no subject ("Here's", "There is", "This is").
const NO_SUBJECT = /^(?:there|here|this|that|these|those|it|what|which|who|from|in|on|at|for|with|as|after|before|when|while|if|of|to)(?:['’]s)?$/i;
const OPENING_WORDS = /^(?:(?:but|and|so|then|later|now|yet|still|also|finally|instead|again)\s+)+/i;
const NAME_PARTICLE = /^(?:de|van|von|der|da|di|du|al|bin|le|la|of|and|for)$/;
const CLAUSE_WORD = new RegExp(`${LETTER_OR_DIGIT}+(?:['’.-]${LETTER_OR_DIGIT}+)*\\.?`, 'gu');
/** A predicate this long at most stands between the speaker and the colon. */
const PREDICATE_WORDS = 8;

/**
 * "The senator was blunt: “…”", "In an interview, Ruiz went further: “…”": the clause before a
 * colon that opens a quotation has a speaking subject and a short predicate. The predicate is the
 * cue; the subject is then read as its speaker. Undefined when the clause reads otherwise, or when
 * a word cue stands in it ("Stone stated: “…”"): that word is the cue, the colon only introduces
 * the quotation.
 */
function speakingPredicate(block: string, sentence: Span, colon: number, wordCues: Cue[]): Cue | undefined {
  let clauseStart = sentence.start;
  for (let i = colon - 1; i >= sentence.start; i--) {
    if (/[,;—–()]/.test(block[i])) {
      clauseStart = i + 1;
      break;
    }
    if (/[“”"]/.test(block[i])) return undefined;
  }
  const clause = block.slice(clauseStart, colon);
  const lead = OPENING_WORDS.exec(clause.trimStart());
  const offset = clauseStart + (clause.length - clause.trimStart().length) + (lead ? lead[0].length : 0);
  const words = [...block.slice(offset, colon).matchAll(CLAUSE_WORD)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
  if (words.length < 2 || NO_SUBJECT.test(words[0].text)) return undefined;
  const capitalised = (i: number) => /^[\p{Lu}\p{N}]/u.test(words[i]?.text ?? '');
  // "the Board of Elections": a particle between capitals is part of the name.
  const inName = (i: number) => capitalised(i) || (NAME_PARTICLE.test(words[i]?.text ?? '') && capitalised(i + 1));
  let verb = -1;
  if (SPEAKING_PRONOUN.test(words[0].text)) verb = 1;
  else if (DETERMINER.test(words[0].text)) {
    // "The former senator", "the Illinois Board of Elections": a person noun or a named body.
    for (let k = 2; k <= Math.min(5, words.length - 1) && verb < 0; k++) {
      const name = block.slice(words[0].start, words[k - 1].end);
      if ((isPerson(name) || words.slice(1, k).every((_, j) => inName(j + 1))) && !inName(k)) verb = k;
    }
  } else if (capitalised(0)) {
    let k = 1;
    while (k < words.length && inName(k)) k++;
    if (k <= 5 && isPerson(block.slice(words[0].start, words[k - 1].end))) verb = k;
  }
  if (verb < 1 || verb >= words.length || capitalised(verb) || words.length - verb > PREDICATE_WORDS) return undefined;
  if (wordCues.some((word) => word.end > words[0].start && word.start < colon)) return undefined;
  return { start: words[verb].start, end: colon + 1, form: ':', inflected: false };
}

// Tried at each colon of a sentence (sticky): a search from the sentence on would read the rest of
// the paragraph for each sentence without a colon.
const COLON = /:\s*(?=\S)/y;
// Words that label a line rather than name a speaker ("Correction: …", "The Latest: …").
const LABELS = /^(?:the latest|correction|clarification|update|source|sources|note|editor'?s note|related|photo|video|watch|read more|transcript|partial transcript|breaking|exclusive|revealed|just leaked|bombshell|boom|busted|wow|look|byline)$/i;
const CAPITALISED_NAME = /^\p{Lu}\S*(?:\s+(?:\p{Lu}\S*|of|the|and|for|de|van|von))*$/u;

const NAME_START = /\s(?=\p{Lu})/gu;

/**
 * Who a bare colon credits: the noun phrase before it, or, when that phrase is a clause ("The
 * turnout does not surprise pollster Jo Rees"), the person named at its end ("pollster Jo Rees").
 */
export function speakerBeforeColon(block: string, sentence: Span, colon: number): Span | undefined {
  const source = sourceBefore(block, sentence.start, colon);
  if (!source || isPerson(block.slice(source.start, source.end))) return source;
  const phrase = block.slice(source.start, source.end);
  for (const match of phrase.matchAll(NAME_START)) {
    // The words before the name end on a lower-case verb or noun: "surprise [Republican pollster Jo Rees]".
    const start = source.start + match.index + 1;
    const before = /(\S+)\s+\S+\s*$/u.exec(block.slice(source.start, start + 1));
    if (before && /^\p{Ll}+$/u.test(before[1]) && isPerson(block.slice(start, source.end)) && /\s/.test(block.slice(start, source.end))) return { start, end: source.end };
  }
  return source;
}

/** "Pollster Jo Rees: “…”" or the headline "City Hall: Budget Will Balance": the colon is the cue. */
function nameColon(block: string, sentence: Span, colon: number, next: string, wordCues: Cue[]): Cue | undefined {
  const source = speakerBeforeColon(block, sentence, colon);
  if (!source || source.end !== colon) return undefined;
  const name = block.slice(source.start, source.end);
  // A clause with its own saying verb already credits the quotation ("As the trust notes in a reply
  // to the charge against Jo Rees: “…”"): the name closing it is what it talks about.
  const clause = sourceBefore(block, sentence.start, colon);
  const from = clause && clause.start < source.start ? sentence.start : source.start;
  if (LABELS.test(name) || wordCues.some((cue) => cue.start >= from && cue.end <= colon)) return undefined;
  const quoted = next === '“' || next === '"' || next === '‘';
  const named = isPerson(name) || (quoted && CAPITALISED_NAME.test(name));
  const person = /^(?:\p{Lu}\S*\s*){2,5}$/u.test(name) && isPerson(name);
  // A line with a saying verb of its own is a label and what follows ("Timetables: fares rose, the operator said").
  const headline = source.start === sentence.start && /^\p{Lu}/u.test(next) && (person || (standsAlone(block, sentence) && !wordCues.some((cue) => cue.start > colon) && isHeadlineSpeaker(name)));
  return (named && quoted) || headline ? { start: colon, end: colon + 1, form: ':', inflected: false } : undefined;
}

/** Whether the sentence is its block's only one: a headline or a subhead, not a paragraph's opening. */
function standsAlone(block: string, sentence: Span): boolean {
  return !block.slice(0, sentence.start).trim() && !block.slice(sentence.end).trim();
}

// In a headline, who speaks before the colon may be one word ("Okafor:", "Poll:") and need not be a
// person ("Harbour Board:"); a lone letter is an interview's "Q:", an article a title's own words.
const HEADLINE_SPEAKER = /^\p{Lu}[\p{L}\p{N}.'’&-]+(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}$/u;
const NOT_HEADLINE_SPEAKER = /^(?:the|a|an|on|in|at|for|why|how|what|when)\s/i;

function isHeadlineSpeaker(name: string): boolean {
  return HEADLINE_SPEAKER.test(name) && !NOT_HEADLINE_SPEAKER.test(name);
}

/** The colon cues of a sentence: a name and a colon, or a speaking clause and a colon before a quotation. */
export function colonCues(block: string, sentence: Span, wordCues: Cue[]): Cue[] {
  const cues: Cue[] = [];
  const words = block.slice(sentence.start, sentence.end);
  for (let at = words.indexOf(':'); at >= 0; at = words.indexOf(':', at + 1)) {
    const colon = sentence.start + at;
    COLON.lastIndex = colon;
    const match = COLON.exec(block);
    if (!match) continue;
    const next = block[colon + match[0].length];
    const quoted = next === '“' || next === '"';
    const cue = nameColon(block, sentence, colon, next, wordCues) ?? (quoted ? speakingPredicate(block, sentence, colon, wordCues) : undefined);
    if (cue) cues.push(cue);
  }
  return cues;
}
