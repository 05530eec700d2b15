// A check-worthy sentence with nothing to stand behind it: no attribution, quote or anonymous
// source in the sentence or anywhere in its paragraph. Check-worthiness (a factual, specific claim
// rather than an opinion, question or rhetoric) comes from the model in checkWorthiness.ts.
import type { Detected, FindingKind, Span } from './finding';
import { isCheckWorthy } from './checkWorthiness';

const SOURCES: ReadonlySet<FindingKind> = new Set<FindingKind>(['attribution', 'quote', 'anonymous-source']);

export function detectUnattributed(block: string, sentences: Span[], others: Detected[]): Detected[] {
  if (others.some((finding) => SOURCES.has(finding.kind))) return [];
  const found: Detected[] = [];
  for (const sentence of sentences) {
    const text = block.slice(sentence.start, sentence.end);
    if (!isCheckWorthy(text)) continue;
    found.push({
      kind: 'unattributed',
      start: sentence.start,
      end: sentence.end,
      content: { start: sentence.start, end: sentence.end },
      message: 'Unattributed claim: who says so, and where is it documented?',
    });
  }
  return found;
}
