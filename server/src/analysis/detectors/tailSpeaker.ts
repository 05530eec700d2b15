// Who speaks a quotation closed by its own comma, "!" or "?" when the verb right after it is one
// the cue lexicon does not know: “…,” she beamed / “…!” riffed the senator / “…,” an angry mayor
// retaliated. In that slot any past-tense verb hands the words to the name beside it, so the
// speaker is read from the shape alone; no attribution (and so no cue) is made of it.
import type { SpeakerSpan } from '../finding';
import type { Quotation } from './quotes';

const CLOSED_BY_STOP = /[,!?]["”]$/;
const AUXILIARY = '(?:was|were|is|are|has|had|have|been|be|will|would|could|should|may|might|must|can|did|do|does|not|who|which|that)';
const WORD = `(?!${AUXILIARY}\\b)[\\p{L}][\\p{L}'’-]*`;
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const DESCRIBED = `(?:[Tt]he|[Aa]n?)\\s+(?:${WORD}\\s+){0,3}${WORD}`;
// Past tense only: a present-tense verb here is mostly the start of a new sentence of narrative.
const VERB = '\\p{Ll}{2,}ed(?![\\p{L}\\p{N}])';
// “…,” the judge exclaimed / “…,” Kelly charged
const SPEAKER_THEN_VERB = new RegExp(`^\\s+(he|she|they|I|we|${NAME}|${DESCRIBED})\\s+(?:then\\s+)?${VERB}`, 'u');
// “…,” beamed Ana Ruiz of Leeds: only a capitalised name, since "followed a pause" is no speaker.
const VERB_THEN_NAME = new RegExp(`^\\s+${VERB}\\s+(${NAME})`, 'u');

/** The speaker named beside the unknown verb after a stop-closed quotation, if that is the shape. */
export function tailSpeaker(block: string, quote: Quotation): SpeakerSpan | undefined {
  if (quote.open || !CLOSED_BY_STOP.test(block.slice(quote.end - 2, quote.end))) return undefined;
  const after = block.slice(quote.end, quote.end + 160);
  const before = SPEAKER_THEN_VERB.exec(after);
  if (before) {
    const start = quote.end + before[0].search(/\S/);
    return { start, end: start + before[1].length };
  }
  const inverted = VERB_THEN_NAME.exec(after);
  if (!inverted) return undefined;
  const end = quote.end + inverted[0].length;
  return { start: end - inverted[1].length, end };
}
