// What the block remembers of its speakers for later pronouns: the last person ("he", "she") and
// the last source of any kind ("it", "they"), in the discourse state carried between blocks.
import { speakerAsNamed, type Span, type SpeakerSpan } from '../finding';
import type { DiscourseState, Mention } from '../text/discourse';
import { isPerson, isPersonPronoun, isPronoun } from './speakers';
import { HONORIFICS, isTitle } from '../lexicons/words';

/** The speaker as named at `source`, with the name a pronoun stands for. */
export function resolve(block: string, source: Span, state: DiscourseState): { speaker: SpeakerSpan; mention?: Span } {
  const text = block.slice(source.start, source.end).replace(/[\s,]+$/, '');
  const speaker: SpeakerSpan = { start: source.start, end: source.start + text.length };
  if (!isPronoun(text)) return { speaker };
  const earlier = isPersonPronoun(text) ? state.person : /^(?:it|they)$/i.test(text) ? state.source : undefined;
  if (!earlier) return { speaker };
  return { speaker: { ...speaker, name: earlier.name }, mention: { start: earlier.start, end: earlier.end } };
}

/** A speaker as the state carries it on: the name it stands for, where it is named in this block. */
export function mentionOf(block: string, speaker: SpeakerSpan): Mention {
  return { name: speaker.name ?? block.slice(speaker.start, speaker.end), start: speaker.start, end: speaker.end };
}

/** A speaker named here becomes what later pronouns refer to; one that refers back (`mention`) changes nothing. */
export function remember(block: string, speaker: SpeakerSpan, mention: Span | undefined, state: DiscourseState): void {
  if (mention) return;
  const name = speakerAsNamed(block, speaker);
  const named: Mention = { name, start: speaker.start, end: speaker.start + name.length };
  state.source = named;
  if (isPerson(named.name)) state.person = personName(named);
}

// A run of capitalised words: a name, titles included ("Dr Hana Mori", "Mrs. Ana Lopes").
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*";
const NAME_THEN_DESCRIPTION = new RegExp(`^(${NAME}),`, 'u');
const DESCRIPTION_THEN_NAME = new RegExp(`,\\s*(${NAME})$`, 'u');
const NAME_AT_END = new RegExp(`(?:^|\\s)(${NAME})$`, 'u');
// A first name, initials, a surname: what ends an office's title ("… of State John F. Kerry").
const FULL_NAME_AT_END = /\s(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)*\s+\p{Lu}[\p{L}'’-]+)$/u;
const NAME_THEN_PLACE = new RegExp(`^(${NAME})\\s+(?:of|from|at|in|for|who|whose)\\s`, 'u');

/**
 * The person's name in a speaker as named: "Agnes Rowe, the authority's chief executive", "the
 * authority's chief executive, Agnes Rowe", "Chief engineer Tomas Varga" and "Agnes Rowe of the
 * harbour trust" are all remembered as Agnes Rowe or Tomas Varga, where the name stands. Titles
 * that are part of how the article names the person stay ("Mr Jin", "Councillor Tom Reid").
 */
function personName(mention: Mention): Mention {
  const text = mention.name;
  const placed = NAME_THEN_PLACE.exec(text);
  // "Secretary of State John F. Kerry": a title and its office, then the name.
  const office = placed !== null && isTitle(placed[1]);
  const described = NAME_THEN_DESCRIPTION.exec(text) ?? (office ? null : placed);
  if (described) return { name: described[1], start: mention.start, end: mention.start + described[1].length };
  const named = DESCRIPTION_THEN_NAME.exec(text) ?? (office ? FULL_NAME_AT_END.exec(text) : null) ?? NAME_AT_END.exec(text);
  if (!named || named[1] === text) return mention;
  const at = text.length - named[1].length;
  return { name: named[1], start: mention.start + at, end: mention.end };
}

const TITLED_NAME = new RegExp(String.raw`^(?:(?:${HONORIFICS.map((title) => title[0].toUpperCase() + title.slice(1)).join('|')})\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?=\s+\p{Ll})`, 'u');

/** A person who opens a sentence ("Ms Ito runs the mill.") is what a later "she" may mean. */
export function rememberSubject(block: string, sentence: Span, state: DiscourseState): void {
  const match = TITLED_NAME.exec(block.slice(sentence.start, sentence.end));
  if (!match || !/\s/.test(match[0]) || !isPerson(match[0])) return;
  state.person = { name: match[0], start: sentence.start, end: sentence.start + match[0].length };
}
