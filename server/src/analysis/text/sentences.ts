// Sentences within a block. A sentence ends at . ! or ? (with any closing quotes and brackets)
// followed by white space and a word that could start a sentence. Not after an abbreviation
// ("Mr.", "Sept.", "U.S."), an initial ("J. K."), or before a lower-case word ("“Go!” he said").
// Decimals never split because no white space follows their point.
import type { Span } from '../finding';
import { ABBREVIATIONS } from '../lexicons/words';

const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'p', 'pp', 'vol', 'ch', 'sec']);
const CANDIDATE = /[.!?]+["”’')\]]*(?=\s|$)/g;
const STARTS_SENTENCE = /^\s+(?:["“‘'([]*[\p{Lu}\p{Lo}\d]|[^\p{L}\d\s])/u;

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
    const text = block.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length });
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
