// Who speaks a quotation after a sentence that opens on its verb: Said Ana Ruiz, a nurse, “…” /
// Stated Ruiz: “…” / Continued Ruiz: “…”. The lexicon's cues look for a speaker before them or
// after "said", not after a capitalised verb opening the sentence, so the name is read here.
import type { Span, SpeakerSpan } from '../finding';
import type { Quotation } from './quotes';

// The sentence may have been read as going on past an abbreviation's stop ("990 AM. Said Ruiz").
const LEAD = /(?:^|[.!?]["”’]?\s+)(?:Said|Says|Added|Adds|Stated|States|Continued|Continues|Wrote|Writes|Explained|Explains|Recalled|Recalls|Declared|Declares)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:,[^“”"]{0,120},)?\s*[,:]?\s*$/u;

/** The name after a sentence-opening verb of saying that leads straight into the quotation. */
export function leadSpeaker(block: string, sentence: Span | undefined, quote: Quotation): SpeakerSpan | undefined {
  if (!sentence) return undefined;
  const lead = block.slice(sentence.start, quote.start);
  const match = LEAD.exec(lead);
  if (!match) return undefined;
  const start = sentence.start + match.index + match[0].indexOf(match[1], match[0].search(/\p{Lu}/u) + 1);
  return { start, end: start + match[1].length };
}
