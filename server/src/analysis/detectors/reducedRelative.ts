// "Obama sought suggestions, [an offer] the leaders rebuffed at a meeting": a noun phrase right
// before the speaker, with no relative pronoun, is what the cue's verb took as its object, and so
// a part of the content (PolNeAR marks it so); what follows the cue is when or where, unless it
// says more ("[a tactic] they hope [will pay off]", "[an honor] he said [he had hoped for]"). Its
// edges are the rules': the span-edge model learnt none of these.
import type { Span } from '../finding';

// A word that opens the noun phrase.
const DETERMINER = /^(?:the|a|an|this|these|those|some|any|every|each|his|her|its|their|our|my|your|one|another|no)$/i;
// A noun phrase that is one word: "[something] she opposed".
const WHOLE = /^(?:something|everything|anything|nothing|someone|everyone|anyone|one|some|those|much|all)$/i;
// Words that end no noun phrase before a speaker: times ("Last week she said"), function words, adverbs.
const NO_HEAD =
  /^(?:week|weekend|year|month|day|days|weeks|months|years|morning|afternoon|evening|night|time|times|moment|point|case|way|now|then|also|and|or|but|nor|so|yet|if|as|than|because|while|when|where|after|before|since|until|although|though|that|which|who|what|said|says|say|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|more|less|to|of|in|on|at|by|for|with|from|about|into|over|under|per|via|between|among|through|across|around|toward|towards|within|without|upon|like|near|behind|beyond|against|despite|\p{L}+ly|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|febr)uary|march|april|june|july|august|(?:sept|oct|nov|dec)ember)$/iu;
// What the speaker opens with: a subject pronoun, a determiner or a capitalised name.
const SUBJECT_START = /^(?:he|she|they|we|i|you|it|the|an?|his|her|their|its|our|many|some|most|\p{Lu}[\p{L}.'’-]*)\s/u;
// What after the cue still says something: an infinitive or a clause ("hope [to win]", "said [that
// …]", "[will pay off]", "[he had hoped for]"), or a quotation; anything else ("at a meeting", "well,
// having …") is when, where or how.
const SAYS_MORE = /^(?:to|that|he|she|they|we|i|you|it|is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|does|did)\b|^[“"‘']/iu;
// Before the noun phrase: a verb's object or a preposition's, an apposition after a comma or dash.
const LEADS_OBJECT = /(?:[,—–]|\s-|\b(?:is|are|was|were|be|been|of|for|to|with|about|at|on|from|into|against|by)|\p{Ll}{2,}(?:ed|s))\s+$/u;
const PREPOSITION_FIRST = /^\s*(?:in|on|at|during|after|before|since|from|for|with|by|under|over|despite|following|like|unlike|among)\b/i;

// A possessive is the speaker of a noun cue ("her [claim]"), no subject of a clause.
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/i;
// A relative pronoun inside the phrase makes it a clause of its own ("a pollster who advises the party").
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;
const SHORT_NAME = /^(?:he|she|they|we|i|you|it|\p{L}+(?:\s+[\p{L}'’-]+){1,3})$/iu;
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{L}[\p{L}\p{N}-]*)\s$/u;

// A pronoun or determiner inside the words read as the speaker splits off the noun phrase before it
// ("something she", "an offer the leaders").
const PRONOUN_INSIDE = /\s(?:he|she|they|we|i|you|it|the|his|her|their|its|our|many|some|most)(?=\s|$)/gi;

/** The object before a speaker and the speaker without it, if a noun phrase right before the speaker (or opening the words read as the speaker) reads as the cue's object. */
export function objectBefore(block: string, from: number, speaker: Span, cue: Span): { object: Span; speaker: Span } | undefined {
  // The cue right after the speaker ("[a fact] he mentions"), and no possessive for a speaker ("her [claim]").
  if (/\S/.test(block.slice(speaker.end, cue.start)) || /^\s*:/.test(block.slice(cue.end - 1, cue.end + 2)) || POSSESSIVE.test(block.slice(speaker.start, speaker.end))) return undefined;
  const object = nounPhraseBefore(block, from, speaker.start);
  if (object) return { object, speaker };
  const words = block.slice(speaker.start, speaker.end);
  PRONOUN_INSIDE.lastIndex = 0;
  const inside = PRONOUN_INSIDE.exec(words);
  if (!inside) return undefined;
  const at = speaker.start + inside.index + 1;
  const split = nounPhraseBefore(block, from, at);
  // What is left names the speaker in a few words ("the leaders"), not a clause ("he sent out in 2013").
  const rest = { start: at, end: speaker.end };
  return split && split.start >= speaker.start && SHORT_NAME.test(block.slice(rest.start, rest.end)) ? { object: split, speaker: rest } : undefined;
}

/** The noun phrase ending right before `at` (one space between), in the sentence from `from`, if it reads as a verb's object. */
function nounPhraseBefore(block: string, from: number, at: number): Span | undefined {
  if (!SUBJECT_START.test(block.slice(at, at + 40) + " ")) return undefined;
  const lead = block.slice(from, at);
  const head = WORD_BEFORE.exec(lead);
  if (!head || NO_HEAD.test(head[1]) || /^\p{Lu}/u.test(head[1])) return undefined;
  // Back over at most six words with no punctuation to the determiner that opens the phrase.
  const words = lead.slice(0, lead.length - 1).split(' ');
  let first = -1;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    if (!/^[\p{L}\p{N}-]+$/u.test(words[i]) || RELATIVE.test(words[i])) break;
    if (DETERMINER.test(words[i]) || (i === words.length - 1 && WHOLE.test(words[i]))) {
      first = i;
      break;
    }
  }
  if (first < 0) return undefined;
  const start = from + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
  const before = block.slice(from, start);
  // "In the interview she said": a phrase opening the sentence is when or where, not an object.
  if (!LEADS_OBJECT.test(before) || (PREPOSITION_FIRST.test(before) && !/[,—–]|\s-\s/.test(before))) return undefined;
  return { start, end: at - 1 };
}

/** The content with the object first; what follows the cue stays only when it says more than when or where. */
export function withObject(block: string, object: Span, content: Span[], cueEnd: number): Span[] {
  const after = content.filter((part) => part.start >= cueEnd && SAYS_MORE.test(block.slice(part.start, part.start + 12)));
  return [object, ...after];
}
