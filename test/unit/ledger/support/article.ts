// A made-up article with many distinct claims, for tests that write many slots.
import type { Span } from '../../../../server/src/analysis/finding';

export function numberedArticle(count: number): { text: string; claims: Span[] } {
  const claims: Span[] = [];
  let text = '';
  for (let i = 0; i < count; i++) {
    const sentence = `Depot ${i} handled ${(i * 37) % 1000} crates in week ${i % 52}.`;
    claims.push({ start: text.length, end: text.length + sentence.length - 1 });
    text += `${sentence}${i % 5 === 4 ? '\n\n' : ' '}`;
  }
  return { text, claims };
}
