// Titles in quotation marks that a cue may read as what was said: a work named right after the noun
// for it or its owner ("wrote in her memoir, “Salt and Iron.”", "told Harbour FM's “Morning
// Tide.”") and a headline before its byline ("“Ferry fares to rise in spring,” by Harbour Post's
// Jo Lee: …"). A checker has no speaker to ask about a title, so it is no quote.
import type { Quotation } from './quotes';
import { isTitleCase } from './quotedTerm';

// The noun for a work, or an owner's possessive, right before the title. "titled" and "called"
// are left out: the corpus counts “Scam,” in "an ad titled “Scam.”" as the ad's words.
const WORK_BEFORE = /(?:\b(?:memoir|book|novel|show|programme|program|film|movie|documentary|song|album|column|essay|podcast|series|project|play|poem)\s*,?|\p{Lu}[\p{L}.-]*['’]s?)\s+$/u;
/** The most a work noun and its comma stand before the quotation: "  documentary, ". */
const WORK_ROOM = 16;
// A byline: "by" and up to six capitalised words, then a colon or the paragraph's end.
const BYLINE_AFTER = /^\s*by\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s*){1,6}(?::|\n|$)/u;
/** The most a byline runs past its quotation: "by The Wall Street Journal's Jennifer Smith:". */
const BYLINE_ROOM = 60;
/** A title runs to this many words at most. */
const TITLE_WORDS = 8;

/** Whether a quotation is the title of a work named before it, or a headline before its byline. */
export function titlesWork(block: string, quote: Quotation): boolean {
  if (quote.open) return false;
  const inner = block.slice(quote.start + 1, quote.end - 1);
  if (/,\s*$/.test(inner) && BYLINE_AFTER.test(block.slice(quote.end, quote.end + BYLINE_ROOM))) return true;
  if (quote.words > TITLE_WORDS || !WORK_BEFORE.test(block.slice(Math.max(0, quote.start - WORK_ROOM), quote.start))) return false;
  const title = inner.replace(/[.,]\s*$/, '');
  return !/[.?!;:]/.test(title) && isTitleCase(title.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []);
}
