// Sentences within a block. A sentence ends at . ! or ? (or the full-width 。！？ of Chinese and
// Japanese; with any closing quotes and brackets)
// followed by white space and a word that could start a sentence. Not after an abbreviation
// ("Mr.", "Sept.", "U.S."), an initial ("J. K."), or before a lower-case word ("“Go!” he said").
// Decimals never split because no white space follows their point. A sentence longer than
// MAX_SENTENCE (a list run on without stops, hostile text) is read as several.
import type { Span } from '../finding';
import { ABBREVIATIONS } from '../lexicons/words';
import { cutPoint, MAX_SENTENCE } from '../limits';

const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'p', 'pp', 'vol', 'ch', 'sec']);
// Starts only at the first mark of a run, so a long run of marks is read once, not once per mark.
const CANDIDATE = /(?<![.!?。！？])[.!?。！？]+["”’')\]」』]*(?=\s|$)/g;
const STARTS_SENTENCE = /^\s+(?:["“‘'([]*[\p{Lu}\p{Lo}\d]|[^\p{L}\d\s])/u;
// Emoji and flags a paragraph opens with ("📢 The port …") are decoration, not words of the
// sentence: left in, they would read as part of a speaker's name or stand between a quote and
// its attribution.
const DECORATION = /^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0E|\uFE0F)+/u;

function endsSentence(block: string, at: number, mark: string, after: number): boolean {
  const rest = block.slice(after, after + 6);
  if (after < block.length && !STARTS_SENTENCE.test(rest)) return false;
  if (mark !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(block.slice(Math.max(0, at - 12), at))?.[1].toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word.replace(/^\.+/, ''))) return false;
  if (/^\p{Lu}$/u.test(block[at - 1] ?? '') && !/\p{L}/u.test(block[at - 2] ?? ' ')) return false;
  if (BEFORE_NUMBER.has(word) && /^\s+\d/.test(rest)) return false;
  return true;
}

/** Sentence spans within a block, trimmed of surrounding white space. */
export function splitSentences(block: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    while (from < end && /\s/.test(block[from])) from++;
    from += DECORATION.exec(block.slice(from, Math.min(end, from + 64)))?.[0].length ?? 0;
    let to = end;
    while (to > from && /\s/.test(block[to - 1])) to--;
    while (to - from > MAX_SENTENCE) {
      const cut = cutPoint(block, from, MAX_SENTENCE);
      let pieceEnd = cut;
      while (pieceEnd > from && /\s/.test(block[pieceEnd - 1])) pieceEnd--;
      sentences.push({ start: from, end: pieceEnd });
      from = cut;
      while (from < to && /\s/.test(block[from])) from++;
    }
    if (to > from) sentences.push({ start: from, end: to });
  };
  for (const match of block.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (endsSentence(block, match.index, match[0][0], end)) {
      push(end);
      start = end;
    }
  }
  push(block.length);
  return sentences;
}
