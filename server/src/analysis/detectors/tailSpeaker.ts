// Who speaks a quotation closed by its own comma, "!" or "?" when no attribution took it: “…,”
// she beamed / “…!” riffed the senator / “…,” an angry mayor retaliated / “…,” the senator told
// a radio host on Thursday when asked about it. In that slot a past-tense verb, or a saying verb
// of the lexicon that the cue model turned down in a busy sentence, hands the words to the name
// beside it. A lexicon verb is the quote's cue; an unknown one is not (no attribution is made).
import type { Span, SpeakerSpan } from '../finding';
import { findCues, type Cue } from '../lexicons/cues';
import type { Quotation } from './quotes';

// The mark may close a quotation inside the quotation first: “…, ‘I hope so,’” she said.
const CLOSED_BY_STOP = /[,!?]['’]?["”]$/;
const AUXILIARY = '(?:was|were|is|are|has|had|have|been|be|will|would|could|should|may|might|must|can|did|do|does|not|who|which|that)';
const WORD = `(?!${AUXILIARY}\\b)[\\p{L}][\\p{L}'’-]*`;
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const DESCRIBED = `(?:[Tt]he|[Aa]n?)\\s+(?:${WORD}\\s+){0,3}${WORD}`;
// Past tense only: a present-tense verb here is mostly the start of a new sentence of narrative.
const VERB = '\\p{Ll}{2,}ed(?![\\p{L}\\p{N}])';
const SPEAKER = `(he|she|they|I|we|${NAME}|${DESCRIBED})\\s+(?:then\\s+)?`;
// “…,” the judge exclaimed / “…,” Kelly charged
const SPEAKER_THEN_VERB = new RegExp(`^\\s+${SPEAKER}${VERB}`, 'u');
// “…,” the senator told: all that stands between the quotation and the lexicon's verb.
const SPEAKER_ONLY = new RegExp(`^\\s+${SPEAKER}$`, 'u');
// “…,” beamed Ana Ruiz of Leeds: only a capitalised name, since "followed a pause" is no speaker.
const VERB_THEN_NAME = new RegExp(`^\\s+${VERB}\\s+(${NAME})`, 'u');
/** How far past the quotation a lexicon verb is looked for: a speaker of a few words and the verb. */
const VERB_ROOM = 80;

export interface TailSpeaker {
  speaker: SpeakerSpan;
  /** The lexicon's saying verb after the speaker, when it is one. */
  cue?: Span;
}

/** The speaker and the lexicon's verb right after the quotation: “…,” the Florida senator told. */
function speakerThenCue(block: string, quote: Quotation): TailSpeaker | undefined {
  const cue: Cue | undefined = findCues(block, quote.end, Math.min(block.length, quote.end + VERB_ROOM))[0];
  const speaker = cue && SPEAKER_ONLY.exec(block.slice(quote.end, cue.start));
  if (!speaker) return undefined;
  const start = quote.end + speaker[0].search(/\S/);
  return { speaker: { start, end: start + speaker[1].length }, cue: { start: cue.start, end: cue.end } };
}

/** The speaker named beside the verb after a stop-closed quotation, if that is the shape. */
export function tailSpeaker(block: string, quote: Quotation): TailSpeaker | undefined {
  if (quote.open || !CLOSED_BY_STOP.test(block.slice(quote.end - 3, quote.end))) return undefined;
  const withCue = speakerThenCue(block, quote);
  if (withCue) return withCue;
  const after = block.slice(quote.end, quote.end + 160);
  const before = SPEAKER_THEN_VERB.exec(after);
  if (before) {
    const start = quote.end + before[0].search(/\S/);
    return { speaker: { start, end: start + before[1].length } };
  }
  const inverted = VERB_THEN_NAME.exec(after);
  if (!inverted) return undefined;
  const end = quote.end + inverted[0].length;
  return { speaker: { start: end - inverted[1].length, end } };
}
