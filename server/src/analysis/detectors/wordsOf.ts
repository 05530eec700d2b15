// "…because, in her words, “…”", "in the Gazette’s words, “…”", "in the words of Jo Park, “…”":
// the phrase credits the quotation right after it to the one whose words they are.
import type { SpeakerSpan } from '../finding';
import type { Quotation } from './quotes';

const OWNER = "(his|her|their|its|(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}['’]s?)";
const WORDS_OF = new RegExp(`\\b[Ii]n\\s+(?:${OWNER}\\s+(?:own\\s+)?words|the\\s+words\\s+of\\s+([^,;:“”"]{1,60}?))\\s*[,:]\\s*$`, 'u');

/** Who a "in X's words" phrase right before the quotation names, if one stands there. */
export function wordsOf(block: string, quote: Quotation): SpeakerSpan | undefined {
  const from = Math.max(0, quote.start - 100);
  const match = WORDS_OF.exec(block.slice(from, quote.start));
  const owner = match?.[1] ?? match?.[2];
  if (!match || !owner) return undefined;
  const start = from + match.index + match[0].indexOf(owner);
  // "in Forbes’ words": the possessive mark is no part of the name.
  const name = owner.replace(/['’]s?$/, '');
  return { start, end: start + name.length };
}
