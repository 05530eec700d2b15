// Square-bracketed words inside a quote are the editor's, not the speaker's ("[the authority]
// will review", "We will not [sell] the site"): the checker compares them with the original. The
// source check reads them the same way (sourceCheck/quoteParts.ts: placeholders, not the speaker's
// words). An elision ("[…]", "[...]") leaves words out and adds none; a bracketed single letter
// ("[W]e") only changes a letter's case.
const INSERTION = /\[(?![\s.…]*\])[^[\]\n]{2,80}\]/g;

/** The editorial insertions of a quote, as written, in order. */
export function editorialInsertions(quote: string): string[] {
  return quote.match(INSERTION) ?? [];
}
