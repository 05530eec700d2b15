// ''A,'' Mr. Hale said. ''B.'' — in the two-apostrophe convention of wire and archive text, a
// quotation opening the sentence after an attribution that closes its own sentence goes on with
// what that speaker said, when that ended on a quotation too ("The pier is ''not safe,'' Mr. Hale
// said. ''B.''"): a second part of the same content, as PolNeAR marks it. (Quotations in
// curly or straight marks carry on as quotes of their own; see quoteSpeakers.ts.)
import type { Span } from '../finding';
import type { Attribution } from './attribution';

// After the attributing words, up to the sentence's end, no other quotation, semicolon or colon: a
// phrase of when or where, or of how it was said ("Jo Hale said on Friday, as the tide rose.").
const CLOSES_SENTENCE = /^[^;:'“”"]*$/;

/** The quotation each attribution goes on with in the next sentence, if any. */
export function apostropheContinuations(block: string, sentences: Span[], bySentence: Attribution[][], apostropheQuotes: Span[]): Map<Attribution, Span> {
  const found = new Map<Attribution, Span>();
  let q = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const next = sentences[i + 1];
    while (q < apostropheQuotes.length && apostropheQuotes[q].start < next.start) q++;
    const quote = apostropheQuotes[q];
    if (!quote || quote.start !== next.start) continue;
    const own = bySentence[i];
    const last = own[own.length - 1];
    if (!last || last.content.length !== 1) continue;
    const said = last.content[0];
    if (!block.startsWith("''", said.end - 2) || said.end > last.cue.start || !CLOSES_SENTENCE.test(block.slice(last.end, sentences[i].end))) continue;
    // A quotation the next sentence's own attributions claim is theirs.
    if (bySentence[i + 1].some((other) => other.content.some((part) => part.start < quote.end && quote.start < part.end))) continue;
    found.set(last, quote);
  }
  return found;
}
