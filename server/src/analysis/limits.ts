// How much text one unit of analysis reads. Real sentences run to a few hundred characters and
// real paragraphs to a few thousand; hostile text (one line of "he said" repeated, a 10 MB line)
// has none of those ends. Cutting over-long sentences and paragraphs into pieces, and reading at
// most so many cue candidates in a sentence, keeps every detector's work linear in the text.

/** A sentence longer than this is read as several, cut at white space. */
export const MAX_SENTENCE = 2_000;

/**
 * A paragraph longer than this is analysed as several, cut at the end of a sentence outside
 * quotation marks, else at a line break, else at white space. A paragraph is the least work a long
 * analysis pauses after, so this bounds how long a hover waits: 4,000 characters of the densest
 * text (short quotes back to back) take tens of milliseconds when the code is still cold, 10,000
 * took hundreds. PolNeAR's longest paragraph has 2,573 characters.
 */
export const MAX_BLOCK = 4_000;

/** Cue candidates read in one sentence; those after are not cues (a real sentence has a handful). */
export const MAX_CUE_CANDIDATES = 32;

/**
 * Where to end a piece of text[start, end) that must be at most `max` long: after the last line
 * break, else the last white space, in its second half; else at `max`, never inside a surrogate pair.
 */
export function cutPoint(text: string, start: number, max: number): number {
  const limit = start + max;
  const half = start + (max >> 1);
  let space = -1;
  for (let i = limit - 1; i >= half; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (space < 0 && /\s/.test(c)) space = i + 1;
  }
  if (space >= 0) return space;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}
