// Where a content ends before the writer's last word on it: "said [the ferry would sail on
// Friday], a day later than planned", "said [the pier was sold to Ana Ruiz], who ran the kiosk".
// A noun phrase or a "who" clause after the content's only comma, running to its end, is the
// writer's comment on what was said or on whom it names, not part of it (in train, ending there
// makes 65 contents exact and loses 26 that went on). Not a list's last items ("…, the
// pier and the slipway"), nor a phrase with an auxiliary of its own before any relative pronoun
// (a clause: "…, the ferry would sail"), nor what follows a fronted phrase the comma closes
// ("that despite the storm, the ferry …").

const FINAL_PHRASE = /,\s+(?:a|an|the|who|whose)\s[^,;:“”"()]*$/;
const WHO = /^\s*(?:who|whose)\s/;
const AUXILIARY = /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\s/;
const LIST_END = /\s(?:and|or)\s/;
const RELATIVE = /\s(?:that|who|whom|whose|which|where|when)\s/;
const FRONTED_PHRASE =
  /^(?:that\s+)?(?:despite|with|without|if|when|while|although|though|after|before|because|as|even|in|for|on|at|since|until|unless|once|given|by|under|from|like|unlike|the more|the less)\b/i;

/** Where the content from `from` to `end` ends: before a final comment set off by its only comma, else `end`. */
export function finalAppositiveEnd(block: string, from: number, end: number): number {
  const text = block.slice(from, end).replace(/[.!?]\s*$/, '');
  const match = FINAL_PHRASE.exec(text);
  if (!match || text.lastIndexOf(',', match.index - 1) >= 0 || FRONTED_PHRASE.test(text)) return end;
  const phrase = match[0].slice(1);
  if (WHO.test(phrase)) return from + match.index;
  const relative = RELATIVE.exec(phrase);
  const head = relative ? phrase.slice(0, relative.index) : phrase;
  return AUXILIARY.test(head) || LIST_END.test(head) ? end : from + match.index;
}
