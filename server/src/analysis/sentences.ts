import type { Span } from './finding';

/** Sentence spans within a block, trimmed of surrounding white space. */
export function splitSentences(block: string): Span[] {
  const sentences: Span[] = [];
  const pattern = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
  for (let match = pattern.exec(block); match && match[0]; match = pattern.exec(block)) {
    const lead = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) sentences.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return sentences;
}
