// “One. Two,” she said, where the quotation opened mid-sentence ("The levy “was set too early.
// Crews …,” she said"): what she said begins with the words that lead into the quotation, as it
// does when the quotation is one sentence. PolNeAR marks it so (the clause and the quotation).
import type { Quotation } from './quotes';

// How far back the lead is read: a short clause, no more (keeps each lookup bounded).
const LEAD_ROOM = 160;
// The lead runs from the last sentence end (or paragraph start) before the quotation.
const SENTENCE_END = /(?:[.!?]["”’)]*\s+|\n\s*)(?=[^.!?\n]*$)/;
// A lead that only introduces the quotation (after a comma, colon or dash) stays outside it;
// one that goes on into it, the quotation opening in lower case, is part of what was said.
const GOES_ON = /[\p{L}\p{N})]\s+$/u;

/** Where content holding `quote` from its opening starts: at the clause leading into it, else the quotation. */
export function quoteLeadStart(block: string, quote: Quotation): number {
  if (!/^["“]\p{Ll}/u.test(block.slice(quote.start, quote.start + 2))) return quote.start;
  const from = Math.max(0, quote.start - LEAD_ROOM);
  const window = block.slice(from, quote.start);
  const end = SENTENCE_END.exec(window);
  // Without a sentence end in reach, the lead is the paragraph's start only when that is in reach.
  if (!end && from > 0) return quote.start;
  const start = end ? from + end.index + end[0].length : 0;
  const lead = block.slice(start, quote.start);
  return /\p{L}/u.test(lead) && GOES_ON.test(lead) && !/[“”"]/.test(lead) ? start : quote.start;
}
