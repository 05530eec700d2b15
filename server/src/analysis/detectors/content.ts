// What an attribution credits to its speaker: the clause on the far side of the cue and speaker.
// "Y, X said." and "Y according to X." credit what comes before; "X said (that) Y",
// "As X notes: “Y”" and "According to X, Y" credit what comes after; "Y, X says, Z" credits both.
// Content that opens or closes inside a quotation runs to that quotation's marks, which may lie
// beyond the sentence (“One. Two,” she said).
import type { Span } from '../finding';
import { namesSourceAfter, type Cue } from '../lexicons/cues';
import type { Quotation } from './quotes';
import { finalAppositiveEnd } from './finalAppositive';
import { joinedVerbEnd } from './joinedVerb';
import { lastSpanEndingBy, spanAround, spanStartingAt } from './quoteLookup';
import { quoteLeadStart } from './quoteLead';

// What follows such an attribution, when it is more than when or where the speaking was.
const SAYS_SOMETHING = /^(?!\s*(?:(?:on|in|at|during|last|this|earlier|later|recently|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^,;:“”"]*)?[.!?]?\s*$)[\s\S]*\p{L}/iu;
const AS_CLAUSE = /(?:^|\s)as\s+$/i;
// "In a video posted on Friday, she criticized the plan": a lone phrase of time, place or manner
// set off by its comma says nothing; the attribution's content follows it. So with an adverb
// before it ("Shortly after the vote, …", "Soon after …"). An attribution set off by commas on
// both sides ("After the storm, she said, the pier closed") interrupts its content instead, the
// phrase included.
const ADVERBIAL_LEAD =
  /^\s*(?:(?:still|and|but|so|yet|now|then|also|again),?\s+)?(?:(?:(?:\p{L}+ly|soon|just|right|long|only|even)\s+)?(?:in|on|at|for|when|while|after|before|during|since|until|among|with|without|by|from|under|over|despite|following|later|earlier|last|still|however|thus|so|even|meanwhile|instead|indeed|moreover|also|now|then|yet|speaking|asked|like|unlike|because|although|though|for instance|for example)\b[^,;:“”"]*|\p{Ll}+ing\b[^,;:“”"]*|(?:\p{L}+\s+)?\p{L}+ly|\d[^,;:“”"]*),\s*$/iu;
// "As for the pier, she said [it is safe]": after an opening phrase and its comma, a clause right
// after the cue is what was said (in train, 712 of the 731 such contents follow the cue; after a
// dash or colon, "Storm update: the harbour master urges [crews to stay in port]", all 49), unless
// only a phrase of when or where stands before the next comma ("The pier is safe, she said on
// Friday, …").
function saysSomethingAfter(lead: string, tail: string): boolean {
  return /[,—–:]\s*$/.test(lead) && !QUOTE_BEFORE.test(lead) && SAYS_SOMETHING.test(tail.split(',')[0]);
}
const TRAILING = /[,—–:]\s*$|[”"]\s*$|''\s*$/;
// After a trailing "X said" only a short adverbial may follow before a comma or the end.
const TAIL_ENDS = /^[^,.;:“"]{0,40}?(?:,|[.!?]?["”]?\s*$)/;
const PART_TWO = /^[^,.;:“"]{0,40}?,\s*/;
// A quotation right before the speaker is what the speaker said, however long the rest.
const QUOTE_BEFORE = /(?:[”"]|'')\s*[,—–]?\s*$/;
// “Why now?” Li writes back, “You look tired.”: a quotation opening on a capital after the cue is
// what it says; the one before was someone else's.
const NEW_QUOTATION_AFTER = /^[^,.;:“”"]{0,40}?[,:]\s*[“"]\p{Lu}/u;
const QUOTE_SAID_LAST = /^\s*,?\s*$/;
const QUOTE_FOLLOWS = /^\s*[,:]\s*[“"]/;
const COLON_QUOTE = /^\s*:\s*[“"]/;
// A second part of content must read as a clause: three words or more, one of them lower case.
const CLAUSE = /^(?=(?:\S+\s+){2}\S)(?=.*\b\p{Ll}{2,})/u;
// A participle after "X said," describes the speaking, not more content ("…, attempting to smile").
// "…,” she said, in a nod to …" — a phrase about the saying, not more of what was said.
const ADVERBIAL = /^(?:in|on|at|during|after|before|while|though|although|as|when|with|without|according|referring|speaking|from|to|for|by)\b/i;
const ING_CUE = /^\p{Ll}+ing\b/u;
// "…,” she said, and her husband cut in": an "and" clause with a subject of its own is narrative.
const NEW_SUBJECT = /^(?:and|but)\s+(?:the|a|an|his|her|their|its|our|my|he|she|they|it|we|i|\p{Lu}[\p{L}'’-]*\s+\p{Ll})\b/u;
const CONTINUED = /^[^.;:“”"]{0,80}?,\s*(?=[“"]\p{Ll})/u;
const QUOTE_GOES_ON = /^[^;:“”"]{0,80}?[,.]\s*(?=[“"])/u;
// “…,” Lee said “…”: a quotation opening on a capital right after the saying verb, its comma left
// out, goes on with the words before (after a colon cue, "“Title,” by Jo Lee: “…”", the quotation
// before is a headline, not the same words).
const QUOTE_RIGHT_AFTER = /^\s+(?=[“"]\p{Lu})/u;

function quoteAround(at: number, quotes: Quotation[]): Quotation | undefined {
  return spanAround(quotes, at);
}

// After words closed by a full stop, "X said." must end there too: “…” He touted his record, … is
// a new sentence of narrative, not the quotation's attribution.
const BARE_TAIL = /^[^,.;:“"]{0,15}?[.!?]?["”]?\s*$/;

/** The quotation that ends a sentence just before `at` (only white space between): “Running?” */
function quoteJustBefore(block: string, at: number, quotes: Quotation[], tail: string): Quotation | undefined {
  const quote = lastSpanEndingBy(quotes, at);
  const stop = block[quote?.end === undefined ? -1 : quote.end - 2] ?? '';
  if (!quote || !/[?!.,]/.test(stop) || (stop === '.' && !BARE_TAIL.test(tail))) return undefined;
  for (let i = quote.end; i < at; i++) if (!/\s/.test(block[i])) return undefined;
  return quote;
}

function quoteAt(at: number, quotes: Quotation[]): Quotation | undefined {
  return spanStartingAt(quotes, at);
}

/** Trims white space and a final comma, dash or full stop, keeping marks inside a quotation. */
function trimmed(block: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(block[start])) start++;
  while (end > start && /[\s,—–:;.]/.test(block[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

// "In past seasons, “we sold out by June,” Ana Ruiz said": a quotation opening in lower case after
// a phrase and its comma finishes the writer's sentence, and the phrase is part of what was said
// (in train, 11 such contents take in the phrase, 4 start at the quotation). One opening on a
// capital ("…, but despite the noise, “I will win,” said Kunin") is the speaker's sentence alone.
const LEAD_GOES_ON = /^[^“”"]*\p{L}[^“”"]*,\s*$/u;

function goesOnFromLead(block: string, start: number, quote: Quotation): boolean {
  return /^["“]\p{Ll}/u.test(block.slice(quote.start, quote.start + 2)) && LEAD_GOES_ON.test(block.slice(start, quote.start));
}

function before(block: string, sentence: Span, end: number, quotes: Quotation[]): Span | undefined {
  const around = quoteAround(sentence.start, quotes);
  let start = around ? quoteLeadStart(block, around) : sentence.start;
  // After an earlier attribution in the sentence: ", but …" — the conjunction joins, it is not said.
  start += /^\s*(?:[,;:—–]\s*(?:(?:but|and)\s+)?)?/i.exec(block.slice(start, end))![0].length;
  // "…, but despite the noise, “I will win,” said Kunin": the quotation is what Kunin said.
  // Only the last quotation ending by `end` can have nothing but marks after it.
  const closest = lastSpanEndingBy(quotes, end);
  const last = closest && closest.start > start && /^[,.?!]?[”"]?\s*[,—–]?\s*$/.test(block.slice(closest.end, end)) ? closest : undefined;
  if (last && /[,:]\s*$/.test(block.slice(start, last.start)) && QUOTE_SAID_LAST.test(block.slice(last.end, end)) && !goesOnFromLead(block, start, last)) start = last.start;
  const closing = /[,.?!]?(?:[”"]|'')\s*[,—–]?\s*$/.exec(block.slice(start, end));
  if (closing && /[”"']/.test(closing[0])) end = start + closing.index + closing[0].replace(/\s*[,—–]?\s*$/, '').length;
  const span = /(?:[”"]|'')$/.test(block.slice(start, end)) ? { start, end } : trimmed(block, start, end);
  return span && /[\p{L}\p{N}]/u.test(block.slice(span.start, span.end)) ? span : undefined;
}

// "that the pier is unsafe; the council disagrees", "the plan, which …", "the pier is unsafe —
// a view the council shares", "the pier is safe, but the ferry stayed in port": what follows is
// the writer's, not the speaker's (in train, 72% of contents running past a semicolon outside
// quotation marks end at it, 62% of those running past ", which", 71% of those running past
// ", but" and a pronoun or article).
const CLAUSE_END = /;|,\s+which\b|\s(?:-|--|—|–)\s|,\s+but\s+(?:he|she|they|it|we|I|the|his|her|their|its|(?:Mr|Ms|Mrs|Dr)\.|\p{Lu}\p{L}+\s+\p{Ll})\b/gu;

// A clause end starting before `end` is whole within this many characters after it; searching
// no further keeps each attribution's search within its sentence, not the rest of the paragraph.
const CLAUSE_END_REACH = 64;

/** Where content from `from` ends: at the first semicolon, ", which" or spaced dash outside a quotation, else `end`. */
function clauseEnd(block: string, from: number, end: number, quotes: Quotation[]): number {
  const text = block.slice(0, Math.min(block.length, end + CLAUSE_END_REACH));
  CLAUSE_END.lastIndex = from;
  let asideOpen = false;
  for (let match = CLAUSE_END.exec(text); match && match.index < end; match = CLAUSE_END.exec(text)) {
    if (quoteAround(match.index, quotes)) continue;
    if (!DASH.test(match[0])) return match.index;
    // "anyone who discusses the strike — or the lockout — is breaking the law": a pair of dashes
    // sets off an aside, and what was said goes on after it.
    if (asideOpen) asideOpen = false;
    else if (hasDashBefore(text, CLAUSE_END.lastIndex, end)) asideOpen = true;
    else if (!DASH_ELABORATES.test(text.slice(CLAUSE_END.lastIndex, CLAUSE_END.lastIndex + 12))) return match.index;
  }
  return end;
}

const DASH = /[-—–]/;
// "said the levy would rise — including for residents": a lone dash before "including",
// "especially", "only" or "whether" opens more of what was said, not the writer's aside (in train,
// 35 gold contents go on past such a dash and 6 end at it).
const DASH_ELABORATES = /^(?:including|especially|only|whether)\b/;
const SPACED_DASH = /\s(?:-|--|—|–)\s/g;

function hasDashBefore(text: string, from: number, end: number): boolean {
  SPACED_DASH.lastIndex = from;
  const next = SPACED_DASH.exec(text);
  return next !== null && next.index < end;
}

// "While the mayor said [the pier was safe], the ferry stayed in port": a cue inside a clause that
// opens the sentence with "while", "although", "if" and the like says only what that clause holds,
// and the comma closing it ends what was said (in train, 45 of the 54 such contents running past a
// comma end at the first).
const FRONTED_CLAUSE = /^\s*(?:(?:but|and|yet|so)\s+)?(?:while|although|though|even as|even though|even if|if|when|whereas|because|since|after|before|once|until|unless)\b[^,;:“”"]*$/i;

// So after an opening phrase with no verb and its comma ("Last spring, when the mayor said [the
// pier was safe], the ferry …"), or after "and"/"but" joining two clauses ("…, and while she
// says [it is], …"). A clause after a sentence of the writer's own ("The board was meeting on
// Monday, when …") trails it, and what was said runs on.
function frontedLead(lead: string): boolean {
  if (FRONTED_CLAUSE.test(lead)) return true;
  const comma = lead.lastIndexOf(',');
  const last = lead.slice(comma + 1);
  return comma >= 0 && FRONTED_CLAUSE.test(last) && (/^\s*(?:but|and|yet|so)\s/i.test(last) || !FINITE_VERB.test(lead.slice(0, comma)));
}

/** Where a fronted clause from `from` ends: at its first comma outside a quotation, if words stand before it and no quotation after it; else `end`. */
function fronted(block: string, from: number, end: number, quotes: Quotation[]): number {
  const clause = block.slice(0, end);
  for (let at = clause.indexOf(',', from); at >= 0; at = clause.indexOf(',', at + 1)) {
    if (!/^,\s/.test(block.slice(at, at + 2)) || quoteAround(at, quotes)) continue;
    // "When she spoke he began by saying, “…”": a comma before a quotation opens what was said.
    return /\p{L}/u.test(block.slice(from, at)) && !/^,\s*[“"]/.test(block.slice(at, at + 4)) ? at : end;
  }
  return end;
}

// "said [she had spoken with the ferry company about claims that the pier was unsafe]": a "that"
// after a clause of the speaker's own, opened by a pronoun, is that clause's, and what was said
// starts at the pronoun; a phrase about the saying before "that" is skipped ("said on Monday that").
const CLAUSE_BEFORE_THAT = /^(?:he|she|they|it|we|i|you|there)\s+\S+\s+\S/i;
// Words with a verb of their own before the "that" are what was said, and the content starts
// right after the cue ("said [the cranes were tested and that …]", "said [Reyes assured the crews
// that …]"), unless they open with a phrase of when, where or how it was said ("said in an
// interview published on Monday that", "said, however, that"). Words with no verb are a listener
// or a phrase about the saying ("told Fox News that", "said last week that"), or a noun the
// cue takes in ("expressed frustration that"): the content starts at "that". In train, 36 contents
// start where they should and 10 no longer do.
const FINITE_VERB = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|\p{L}+n['’]t|\p{Ll}{2,}ed)(?=\s|$)/u;
const ABOUT_THE_SAYING =
  /^\s*(?:[,—–-]|(?:in|on|at|to|during|after|before|for|from|by|over|through|with|via|this|last|earlier|later|late|recently|previously|repeatedly|again|also|once|twice|now|then|still|however|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|\p{L}+ly)\b)/iu;

// "wrote to his 20,000 followers, “…”", "answered slowly, with a shrug: “…”": after phrases about
// the saying, a quotation set off by a comma or colon that ends its sentence is what was said, when
// it opens on a capital (one in lower case goes on with the clause before it) and closes on its own
// stop (“…,” she said goes on with the sentence).
const SAYING_PHRASES = /^[^“”"]{1,200}[,:]\s*$/;
const OPENS_CAPITAL = /^[“"]\p{Lu}/u;

function quotationEnding(block: string, sentence: Span, from: number, quotes: Quotation[]): Quotation | undefined {
  const quote = quotes.find((q) => q.start > from && q.start < sentence.end);
  const lead = quote ? block.slice(from, quote.start) : '';
  if (!quote || !OPENS_CAPITAL.test(block.slice(quote.start, quote.start + 2)) || !SAYING_PHRASES.test(lead) || /\bthat\b/i.test(lead)) return undefined;
  const stopped = quote.open || /[.?!]["”]?\s*$/.test(block.slice(quote.end - 3, quote.end)) || /^[.?!]/.test(block.slice(quote.end, quote.end + 1));
  return stopped && (quote.end >= sentence.end || /^[\s.!?]*$/.test(block.slice(quote.end, sentence.end))) ? quote : undefined;
}

// After a quotation that opens what was said, a clause of narrative: "and" with a verb ("and
// walked out"; "and the pier" goes on with a list), a subordinate clause, "who", "- at which".
const NARRATIVE_AFTER = /^\s*,?\s*(?:and\s+\p{Ll}+(?:ing|ed|s)|after|before|while|when|who|which|(?:-|--|—|–)\s+at)\s/u;

/** What follows the attributing words, from `start` to the end of the sentence or quotation. */
export function contentAfter(block: string, sentence: Span, start: number, quotes: Quotation[]): Span | undefined {
  const rest = block.slice(start, sentence.end);
  let skip = /^\s*[,:]?\s*(?:according to [^,]{1,60},\s*)?/i.exec(rest)![0].length;
  // "said that …", "wrote: “…”": the content starts at "that" or the quotation, never at a "that"
  // inside a two-apostrophe quotation ("wrote: ''Boats that …''").
  const lead = /^(?:(?!'')[^,:“"]){0,60}?(?:\bthat\b|:\s*(?=[“"]|'')|,\s*(?=[“"]|''))/.exec(rest.slice(skip));
  const before = lead?.[0].endsWith('that') ? lead[0].slice(0, -4) : undefined;
  const clauseBefore = before !== undefined && (CLAUSE_BEFORE_THAT.test(lead![0]) || (FINITE_VERB.test(before) && !ABOUT_THE_SAYING.test(before)));
  if (lead && !clauseBefore) skip += lead[0].endsWith('that') ? lead[0].length - 4 : lead[0].length;
  const from = start + skip;
  let end = sentence.end;
  const opening = quoteAt(from, quotes) ?? quotationEnding(block, sentence, from, quotes);
  // A quotation closed by its own full stop, question or exclamation mark is all that was said:
  // he yelled “You lie!” at the minister.
  if (opening && !opening.open && /[.?!]\s*$/.test(block.slice(opening.start + 1, opening.end - 1))) return { start: opening.start, end: opening.end };
  // So is one closed by its comma when no other quotation follows in the sentence: what comes
  // after is the writer's (she said “It is time we changed,” promising a new start).
  if (opening && !opening.open && /,\s*$/.test(block.slice(opening.start + 1, opening.end - 1)) && !/[“"]/.test(block.slice(opening.end, sentence.end))) {
    return { start: opening.start, end: opening.end };
  }
  // And one a clause of narrative follows: she wrote “No” and walked out.
  const after = opening ? block.slice(opening.end, sentence.end) : '';
  if (opening && !opening.open && NARRATIVE_AFTER.test(after)) return { start: opening.start, end: opening.end };
  if (opening) end = Math.max(end, opening.end);
  else end = joinedVerbEnd(block, from, finalAppositiveEnd(block, from, clauseEnd(block, from, end, quotes)));
  const spanning = quoteAround(end - 1, quotes);
  if (spanning && spanning.end > end) end = spanning.end;
  if (/[”"]$/.test(block.slice(from, end))) return { start: from, end };
  // A quotation left open to run on into the next paragraph keeps its last stop, as a closed one would.
  const open = quoteAround(end - 1, quotes);
  if (open?.open && open.end === end && open.start >= from) return { start: from, end };
  return trimmed(block, from, end);
}

/**
 * The content of the attribution made by `cue` and `source` in `sentence`; `attributionEnd` is
 * where the attributing words end (after a listener: "told [reporters]").
 */
export function contentParts(
  block: string,
  sentence: Span,
  cue: Cue,
  source: Span,
  sourceFirst: boolean,
  quotes: Quotation[],
  attributionEnd: number,
  laterCue = false,
): Span[] {
  const attributionStart = Math.min(cue.start, source.start);
  const lead = block.slice(sentence.start, attributionStart);
  const asClause = AS_CLAUSE.test(lead);
  // What follows the attributing words in the sentence.
  const tail = block.slice(attributionEnd, sentence.end);
  const parts: (Span | undefined)[] = [];
  let closed: Quotation | undefined;
  if (namesSourceAfter(cue)) {
    const comma = /^\s*,\s*\S/.test(tail);
    // "Turnout, according to the board, fell": set off by commas, it interrupts its content. "As Jo
    // told staff, according to the filing, …" opens with an attribution of its own instead.
    if (comma && /,\s*$/.test(lead) && !/^\s*as\s/i.test(lead)) parts.push(before(block, sentence, attributionStart, quotes));
    parts.push(comma || !lead.trim() ? contentAfter(block, sentence, attributionEnd, quotes) : before(block, sentence, attributionStart, quotes));
  } else if (
    (QUOTE_FOLLOWS.test(tail) && !/[”"]\s*[,—–]?\s*$/.test(lead)) ||
    COLON_QUOTE.test(tail)
  ) {
    // "On the subject of Israel, Trump added, “…”": the quotation is what he added; so it is after
    // "he warned:", whatever quotation stood before.
    parts.push(contentAfter(block, sentence, attributionEnd, quotes));
  } else if (!sourceFirst || (TRAILING.test(lead) && !asClause && !(ADVERBIAL_LEAD.test(lead) && SAYS_SOMETHING.test(tail) && !/^\s*,/.test(tail)) && !saysSomethingAfter(lead, tail) && (QUOTE_BEFORE.test(lead) || TAIL_ENDS.test(tail)))) {
    const first = before(block, sentence, attributionStart, quotes);
    parts.push(first);
    // “…,” Kasich told a crowd in Berea, Ohio, on Monday: after words closed by their own marks
    // and comma, only another quotation or a "that" or "and" clause goes on with what was said;
    // the rest is about the saying.
    const quoted = !!first && /^[“"]/.test(block[first.start]) && /,[”"]$/.test(block.slice(first.end - 2, first.end));
    const second = PART_TWO.exec(tail);
    const rest = second ? tail.slice(second[0].length) : '';
    // After "said Jo Park" a comma opens the speaker's description, not more content.
    // A later cue in the sentence claims what follows it ("she said, “…,” said Kunin").
    // “…,” said Ana Ruiz, a port official, “and …”: a quotation going on in lower case is the rest
    // of the same words, whatever phrase stands between.
    // After a quotation of its own, any quotation there goes on with it: “…,” Beck joked, in a
    // drawl, “Amen!” (and past a stop the sentence splitter took for an abbreviation: "in Fort
    // Mill, S.C. “…”").
    const continued = (quoted ? QUOTE_GOES_ON : CONTINUED).exec(tail) ?? (quoted && cue.form !== ':' ? QUOTE_RIGHT_AFTER.exec(tail) : null);
    if (continued && !laterCue) parts.push(contentAfter(block, sentence, attributionEnd + continued[0].length, quotes));
    else if (second && !laterCue && !ING_CUE.test(rest) && !ADVERBIAL.test(rest) && (/^[“"]/.test(rest) || (sourceFirst && (!quoted || (/^(?:that|and|but)\s/.test(rest) && !NEW_SUBJECT.test(rest))) && CLAUSE.test(rest)))) {
      parts.push(contentAfter(block, sentence, attributionEnd + second[0].length, quotes));
    }
  } else if (!lead.trim() && TAIL_ENDS.test(tail) && !NEW_QUOTATION_AFTER.test(tail) && (closed = quoteJustBefore(block, sentence.start, quotes, tail))) {
    // “Are you running?” she asked. — the mark ended the sentence before the cue.
    parts.push(closed);
  } else {
    const said = frontedLead(lead) ? { start: sentence.start, end: fronted(block, attributionEnd, sentence.end, quotes) } : sentence;
    parts.push(contentAfter(block, said, attributionEnd, quotes));
  }
  return parts.filter((part): part is Span => !!part);
}
