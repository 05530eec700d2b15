// The sentence a claim stands in, and the other claims of that sentence: a source attached to one
// of them ("according to the DoJ complaint") usually backs the rest (its date, its "allegedly").
import { splitSentences } from '../analysis/text/sentences';
import type { Span } from '../analysis/finding';
import type { Claim, SourceRef } from '../ledger/slot';

/** The sentence around `span`, read within its line (a paragraph of plain text, Markdown or HTML). */
export function sentenceAround(text: string, span: Span): Span {
  const lineStart = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const next = text.indexOf('\n', span.end);
  const lineEnd = next === -1 ? text.length : next;
  const sentences = splitSentences(text.slice(lineStart, lineEnd)).map((s) => ({ start: s.start + lineStart, end: s.end + lineStart }));
  const first = sentences.find((s) => s.end > span.start) ?? { start: lineStart, end: lineEnd };
  const last = [...sentences].reverse().find((s) => s.start < span.end) ?? first;
  return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}

/** The claims on the text of the sentence around `claim`, itself included, in reading order. */
export function sentenceClaims(text: string, claims: readonly Claim[], claim: Claim): Claim[] {
  const sentence = sentenceAround(text, claim.range);
  return claims
    .filter((c) => c.status !== 'orphaned' && c.status !== 'dismissed' && c.range.start < sentence.end && sentence.start < c.range.end)
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

export function sameSource(a: SourceRef, b: SourceRef): boolean {
  return a.kind === b.kind && a.target === b.target;
}

/**
 * Sources attached to claims of the sentence, each with the claims of the sentence that do not
 * have it yet: what "use this source for the whole sentence" would fill.
 */
export function sentenceSources(text: string, claims: readonly Claim[], claim: Claim): { source: SourceRef; missing: Claim[] }[] {
  const inSentence = sentenceClaims(text, claims, claim);
  const found: { source: SourceRef; missing: Claim[] }[] = [];
  for (const other of inSentence) {
    for (const source of other.slot?.sources ?? []) {
      if (source.refused || found.some((f) => sameSource(f.source, source))) continue;
      const missing = inSentence.filter((c) => !c.slot?.sources.some((s) => sameSource(s, source)));
      if (missing.length) found.push({ source, missing });
    }
  }
  return found;
}
