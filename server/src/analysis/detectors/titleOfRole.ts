// “Sons of the Tide” star Ana Ruiz, the “Harbour Nights” host: a quotation right before the noun
// of someone's part in a show, book or film is that work's title, no one's words. Speech before
// such a noun closes on its own punctuation (“Great show,” host Jo Lee said), so that is left alone.
import type { Quotation } from './quotes';

const ROLE_AFTER = /^\s+(?:co-?)?(?:star|host|anchor|creator|author|actor|actress|director|producer|writer|showrunner|presenter|contestant|narrator|cast)s?(?![\p{L}-])/u;
/** The most a title runs past its quotation before the role noun: "  co-stars". */
const ROLE_ROOM = 16;

/** Whether a quotation is a title naming the work of the role that follows it. */
export function titlesRole(block: string, quote: Quotation): boolean {
  if (quote.open || /[,.!?;:]\s*$/.test(block.slice(quote.start + 1, quote.end - 1))) return false;
  return ROLE_AFTER.test(block.slice(quote.end, quote.end + ROLE_ROOM));
}
