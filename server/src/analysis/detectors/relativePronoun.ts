// "a levy, [which] she said [the port should pay]", "[what] he calls [waste]": a relative pronoun
// right before the speaker stands for part of what is said, so it is a part of the content (as
// PolNeAR marks it), the words after the cue the other. When the cue closes the relative clause
// ("The plan, which I share, …") the pronoun is all the content there is.
import type { Span } from '../finding';

const PRONOUN_BEFORE = /(?:^|[\s(,—–])(which|what|whom|who|that)\s+$/i;
// "the ad, in which he says …": after a preposition the pronoun is where or how it was said.
const PREPOSITION_BEFORE = /\b(?:in|at|on|of|with|by|for|from|to|under|through|during|about|into|upon|among|between|after|before|over|against|without|within)\s+\S+\s+$/i;
// The speaker opens as a subject does: "which [he] said", "what [the board] calls"; "officials who
// [spoke] …" has the pronoun as the subject instead.
const SUBJECT_WORD = /^(?:he|she|they|we|you|it|i|the|an?|his|her|their|its|our|my|your|many|some|most|few|several|both|all|one|others|critics)$/i;
// What may follow a cue that ends its relative clause.
const CLAUSE_CLOSED = /^\s*(?:[,;)—–]|[.!?]?["”]?\s*$)/;

// "a strike [that] managers said [could hurt earnings]", "[which] even critics say [was …]": what
// follows the cue opens on its verb, so the pronoun is the subject it lacks, whoever speaks, and a
// "that" there is no conjunction ("said that …" would have a subject after it).
const OPENS_ON_VERB = /^(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|does|did|(?:is|was|are|were|has|have|does|did|would|could|should|can)n['’]t|won['’]t)\s/i;

/** Whether what was said, from `at`, opens on a finite verb and so lacks its subject. */
export function opensOnVerb(block: string, at: number): boolean {
  return OPENS_ON_VERB.test(block.slice(at, at + 12));
}

/** The relative pronoun right before `speaker` in the sentence from `from`, if any; `gap`: what follows the cue opens on its verb. */
export function pronounBefore(block: string, from: number, speaker: Span, gap = false): Span | undefined {
  const match = PRONOUN_BEFORE.exec(block.slice(Math.max(from, speaker.start - 12), speaker.start));
  if (!match || (/^that$/i.test(match[1]) && !gap)) return undefined;
  const first = /^\S+/.exec(block.slice(speaker.start, speaker.end))?.[0] ?? '';
  if (!gap && !/^\p{Lu}/u.test(first) && !SUBJECT_WORD.test(first)) return undefined;
  if (PREPOSITION_BEFORE.test(block.slice(Math.max(from, speaker.start - 30), speaker.start))) return undefined;
  const start = speaker.start - match[0].length + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length };
}

/** The content with the pronoun as its first part; alone when nothing after `cueEnd` is said in the clause. */
export function withPronoun(block: string, pronoun: Span, cueEnd: number, sentenceEnd: number, content: Span[]): Span[] {
  if (CLAUSE_CLOSED.test(block.slice(cueEnd, sentenceEnd))) return [pronoun];
  return [pronoun, ...content.filter((part) => part.start >= cueEnd)];
}
