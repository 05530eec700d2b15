// "He opposed [the trade deal] and outstripped the plans of …", "She praised [the ruling] and
// called on …": after a content that is a noun phrase (no verb of its own, no "that" or "to"
// opening it), "and" with a past-tense verb and its object is the speaker's next deed, told by the
// writer, not more of what was said or done (in train, 15 such contents end at the "and" and 4 run
// on). A clause keeps its "and" ("said [he spoke to the mayor and asked …]").

// Past tenses without "-ed", as both patterns below read them.
const IRREGULAR_PAST = 'made|went|took|gave|told|ran|won|lost|saw|sought|left|came|got|put|kept|held|brought|began|wrote|spoke|met|led|sent|felt|found|thought|became';

const JOINED_VERB = new RegExp(
  String.raw`,?\s+and\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|${IRREGULAR_PAST}|cast|set|called)\s+(?:the|an?|his|her|their|its|our|to|that|with|for|on|in|at|by|him|them|it|us|me|herself|himself|themselves|\p{Lu})\b`,
  'u',
);
const VERB = new RegExp(
  String.raw`(?:^|\s)(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|\p{L}+n['’]t|\p{Ll}{2,}ed|${IRREGULAR_PAST}|said)(?=\s|$)`,
  'u',
);
const CLAUSE_OPENER = /^(?:that|whether|if|how|why|what|when|where|who|to)\b/i;

/** Where the content from `from` to `end` ends: at an "and" joining the speaker's next deed to a noun phrase, else `end`. */
export function joinedVerbEnd(block: string, from: number, end: number): number {
  const text = block.slice(from, end);
  const match = JOINED_VERB.exec(text);
  if (!match) return end;
  const before = text.slice(0, match.index);
  return /[“”"]|''/.test(before) || VERB.test(before) || CLAUSE_OPENER.test(before) ? end : from + match.index;
}
