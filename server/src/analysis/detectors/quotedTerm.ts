// Words in quotation marks that no one is quoted as saying: a term held at arm's length (the
// so-called “evidence”, a secret “rectification plan”) or a title (the report “Harbour Futures”,
// the play “Sons of the Tide”). A checker has no speaker to ask about them, so they are no quote.
import type { Quotation } from './quotes';

/** A quotation of at most this many words inside a sentence is a term, not someone's words. */
const TERM_WORDS = 2;
/** Titles run longer, but not much. */
const TITLE_WORDS = 8;

// Words a title leaves in lower case.
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** Every word capitalised but the small ones, the first word always: “Sons of the Tide”. */
export function isTitleCase(words: string[]): boolean {
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && TITLE_SMALL_WORDS.has(word)));
}

// "Trump called the system “rigged”", "she described it as “a farce”": the words are the speaker's.
const CALLING = /\b(?:call(?:s|ed|ing)?|describe[sd]?|describing|dub(?:s|bed)|label(?:s|l?ed)|term(?:s|ed)|brand(?:s|ed))$/;

/** Whether a cue names what the speaker called something: the quotation is then their word for it. */
export function callsSomething(cueForm: string): boolean {
  return CALLING.test(cueForm);
}

/**
 * Whether a quotation is a term or a title rather than someone's words. Words closed by their own
 * punctuation are speech: a quotation that opens its sentence and ends on a full stop, question or
 * exclamation mark (“No.”), or one that ends on a comma right before its attribution (“Fine,” she
 * said), is never a term.
 */
export function isQuotedTerm(block: string, quote: Quotation, opensSentence: boolean, attributedAfter: boolean): boolean {
  if (quote.open) return false;
  const inner = block.slice(quote.start + 1, quote.end - 1);
  if (opensSentence && /[.?!]\s*$/.test(inner)) return false;
  if (attributedAfter && /[,.?!]\s*$/.test(inner)) return false;
  if (quote.words <= TERM_WORDS) return true;
  // A sentence's punctuation inside the marks is speech, not a name.
  if (quote.words > TITLE_WORDS || /[.?!;:]/.test(inner.replace(/[.?!,]\s*$/, ''))) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return isTitleCase(words);
}
