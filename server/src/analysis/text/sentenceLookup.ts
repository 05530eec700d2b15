import type { Span } from '../finding';

/** Whether only white space stands in `sentence` before `at`: what is there opens the sentence. */
export function opensSentence(block: string, sentence: Span, at: number): boolean {
  for (let i = sentence.start; i < at; i++) if (!/\s/.test(block[i])) return false;
  return true;
}

/** The sentence that contains `offset` (binary search; `sentences` are in order). */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end <= offset) low = mid + 1;
    else if (sentences[mid].start > offset) high = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

