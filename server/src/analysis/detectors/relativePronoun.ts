// "a levy, [which] she said [the port should pay]", "[what] he calls [waste]": a relative pronoun
// right before the speaker stands for part of what is said, so it is a part of the content (as
// PolNeAR marks it), the words after the cue the other. When the cue closes the relative clause
// ("The plan, which I share, …") the pronoun is all the content there is.
import type { Span } from '../finding';

const PRONOUN_BEFORE = /(?:^|[\s(,—–])(which|what|whom|who)\s+$/i;
// "the ad, in which he says …": after a preposition the pronoun is where or how it was said.
const PREPOSITION_BEFORE = /\b(?:in|at|on|of|with|by|for|from|to|under|through|during|about|into|upon|among|between|after|before|over|against|without|within)\s+\S+\s+$/i;
// The speaker opens as a subject does: "which [he] said", "what [the board] calls"; "officials who
// [spoke] …" has the pronoun as the subject instead.
const SUBJECT_WORD = /^(?:he|she|they|we|you|it|i|the|an?|his|her|their|its|our|my|your|many|some|most|few|several|both|all|one|others|critics)$/i;
// What may follow a cue that ends its relative clause.
const CLAUSE_CLOSED = /^\s*(?:[,;)—–]|[.!?]?["”]?\s*$)/;

/** The relative pronoun right before `speaker` in the sentence from `from`, if any. */
export function pronounBefore(block: string, from: number, speaker: Span): Span | undefined {
  const match = PRONOUN_BEFORE.exec(block.slice(Math.max(from, speaker.start - 12), speaker.start));
  if (!match) return undefined;
  const first = /^\S+/.exec(block.slice(speaker.start, speaker.end))?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first) && !SUBJECT_WORD.test(first)) return undefined;
  if (PREPOSITION_BEFORE.test(block.slice(Math.max(from, speaker.start - 30), speaker.start))) return undefined;
  const start = speaker.start - match[0].length + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length };
}

/** The content with the pronoun as its first part; alone when nothing after `cueEnd` is said in the clause. */
export function withPronoun(block: string, pronoun: Span, cueEnd: number, sentenceEnd: number, content: Span[]): Span[] {
  if (CLAUSE_CLOSED.test(block.slice(cueEnd, sentenceEnd))) return [pronoun];
  return [pronoun, ...content.filter((part) => part.start >= cueEnd)];
}
