// Who each quotation belongs to: the attribution whose content holds it, else the speaker of the
// quotation before it when it opens a sentence, else nobody. Words quoted as a term or a title
// (the so-called “evidence”, a “rectification plan”, the film “Harbour Lights”) are nobody's
// quote: no finding at all (see quotedTerm.ts).
import type { Detected, Span, SpeakerSpan } from '../finding';
import { namesSourceAfter } from '../lexicons/cues';
import type { Quotation } from './quotes';
import type { DiscourseState } from '../text/discourse';
import type { Attribution } from './attribution';
import { quoteMessage } from './messages';
import { opensSentence, sentenceAt } from '../text/sentenceLookup';
import { callsSomething, isQuotedTerm } from './quotedTerm';
import { titlesRole } from './titleOfRole';
import { titlesWork } from './titleOfWork';
import { tailSpeaker, type TailSpeaker } from './tailSpeaker';
import { leadSpeaker } from './leadSpeaker';
import { wordsOf } from './wordsOf';
import { mentionOf } from './speakerMemory';

/** The attribution whose content holds the quote, the tightest if nested. */
function owner(block: string, quote: Quotation, attributions: Attribution[]): Attribution | undefined {
  let best: Attribution | undefined;
  let bestLength = Infinity;
  for (const attribution of attributions) {
    for (const part of attribution.content) {
      // A document cited inside someone's words ("As X told colleagues, according to the
      // complaint, “…”") does not take the quote from the person who spoke it.
      const length = part.end - part.start + (namesSourceAfter(attribution.cue) ? block.length : 0);
      // Of two that hold the same words, the saying verb over the colon that led into them
      // (The mayor was blunt: “No,” she said.), and one naming a speaker over a cue with none
      // ("Ruiz, who phoned after the result was declared, told them, “…”").
      const tighter = length < bestLength || (length === bestLength && ((best?.cue.form === ':' && attribution.cue.form !== ':') || (!best?.speaker && !!attribution.speaker)));
      // A content that ends where an open quotation does may have left its last stop behind.
      const holds = quote.end <= part.end || (quote.open && part.end > quote.start && /^[\s.,;:—–]*$/.test(block.slice(part.end, quote.end)));
      if (part.start <= quote.start && holds && tighter) {
        best = attribution;
        bestLength = length;
      }
    }
  }
  return best;
}

function leadOnly(speaker: SpeakerSpan | undefined): TailSpeaker | undefined {
  return speaker ? { speaker } : undefined;
}

/**
 * The speaker of `sayer` goes on speaking the quotations that open the sentences after it, unless a
 * quotation since had a speaker of its own.
 */
export function handOnTo(block: string, sayer: Attribution | undefined, state: DiscourseState): void {
  const said = sayer?.speaker;
  if (!said || (state.quoted && state.quoted.start >= said.start)) return;
  const mention = sayer?.speakerMention;
  // "…,” said Lee, who thinks of it often. “…”: the next sentence's quotation is Lee's, not "who"'s.
  if (mention && RELATIVE_PRONOUN.test(block.slice(said.start, said.end))) {
    state.quoted = { name: block.slice(mention.start, mention.end), start: mention.start, end: mention.end };
    return;
  }
  state.quoted = mentionOf(block, said);
  if (mention) state.quoted.named = { ...mention };
}

const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;

// A word joining the sentence to the one before, all that stands before its quotation.
const CONNECTIVE_LEAD = /^\s*(?:but|and|still|yet|so|then|instead|again|also|later|now|meanwhile|however|indeed|moreover|plus)\s*,?\s*$/i;
// The longest such lead, with its comma and spaces: one test reads no more than this.
const CONNECTIVE_ROOM = 16;

// Between the two parts of an interrupted quotation only the attribution: no stop, no other
// quotation, no clause of narrative ("“Fine,” she said, as the crowd chanted “Out!”").
const INTERRUPTION = /^[^.!?;:“”"]{1,120},\s*$/;
const NARRATIVE = /\b(?:as|while|when|because|after|before|and|but|then|that|which|who|where|if|though|although)\b/i;

/**
 * The quotation before, when this one goes on with it: “The port is losing trade,” Ana Ruiz
 * exclaimed, “but it is coming back.” The first part ends on its comma or dash inside the marks,
 * and nothing but the words naming its speaker stands between the two.
 */
function interrupted(block: string, quote: Quotation, before: Detected | undefined): Detected | undefined {
  const speaker = before?.speaker;
  if (!before || !speaker || !/[,—–-]\s*["”]$/.test(block.slice(before.end - 3, before.end))) return undefined;
  const between = block.slice(before.end, quote.start);
  return INTERRUPTION.test(between) && !NARRATIVE.test(between) && speaker.start >= before.end && speaker.end <= quote.start ? before : undefined;
}

export function quoteFinding(
  block: string,
  sentences: Span[],
  quote: Quotation,
  attributions: Attribution[],
  state: DiscourseState,
  sayer?: Attribution,
  before?: Detected,
): Detected | undefined {
  const base = { kind: 'quote' as const, start: quote.start, end: quote.end, content: { start: quote.start, end: quote.end } };
  const attribution = owner(block, quote, attributions);
  const opening = sentenceAt(sentences, quote.start);
  const quoteOpens = !opening || opensSentence(block, opening, quote.start);
  // Only the whole of what a speaker is credited with is their quote for sure: “Absurd,” he said.
  // So are the words a speaker called something: Trump called the system “rigged”.
  const whole = attribution ? attribution.content.some((part) => part.start === quote.start && part.end === quote.end) || callsSomething(attribution.cue.form) : false;
  const attributedAfter = !!attribution && attribution.cue.start >= quote.end;
  const firstPart = attribution?.speaker ? undefined : interrupted(block, quote, before);
  // A title before a role ("“Sons of the Tide” star Ana Ruiz"), after the noun for its work or
  // before its byline, even when a cue credits it.
  const term = titlesRole(block, quote) || titlesWork(block, quote) || (!whole && isQuotedTerm(block, quote, quoteOpens, attributedAfter));
  if (attribution?.speaker) {
    // Whoever is quoted here, even only a term of theirs, is who a following quotation continues.
    state.quoted = mentionOf(block, attribution.speaker);
    if (attribution.speakerMention) state.quoted.named = { ...attribution.speakerMention };
    if (term) return undefined;
    const finding = { ...base, cue: { start: attribution.cue.start, end: attribution.cue.end }, speaker: attribution.speaker, speakerMention: attribution.speakerMention };
    return { ...finding, message: quoteMessage(block, finding) };
  }
  if (term) return undefined;
  if (firstPart?.speaker) {
    // No cue of its own: the claim joins it to its first part (see quoteClaims.ts).
    const finding = { ...base, speaker: firstPart.speaker, ...(firstPart.speakerMention ? { speakerMention: firstPart.speakerMention } : {}) };
    return { ...finding, message: quoteMessage(block, finding) };
  }
  const tail = tailSpeaker(block, quote) ?? leadOnly(leadSpeaker(block, opening, quote) ?? wordsOf(block, quote));
  if (tail) {
    const { speaker } = tail;
    state.quoted = { name: block.slice(speaker.start, speaker.end), start: speaker.start, end: speaker.end };
    const finding = { ...base, ...(tail.cue ? { cue: tail.cue } : {}), speaker: { ...speaker, name: state.quoted.name }, speakerMention: { ...speaker } };
    return { ...finding, message: quoteMessage(block, finding) };
  }
  // “…” opening the sentence after "Sam Lau, the party's spokesman, said in a statement.": Lau
  // goes on speaking, unless a quotation since then had a speaker of its own. So after a
  // connective ("…,” he said. But “the pier stays open.”), though not for telling terms from speech.
  const goesOn = quoteOpens || (quote.start - opening!.start <= CONNECTIVE_ROOM && CONNECTIVE_LEAD.test(block.slice(opening!.start, quote.start)));
  if (goesOn) handOnTo(block, sayer, state);
  if (goesOn && state.quoted) {
    const earlier = state.quoted;
    const named = earlier.named ?? { start: earlier.start, end: earlier.end };
    const finding = { ...base, speaker: { start: earlier.start, end: earlier.end, name: earlier.name }, speakerMention: { start: named.start, end: named.end } };
    return { ...finding, message: quoteMessage(block, finding) };
  }
  return { ...base, message: quoteMessage(block, base) };
}
