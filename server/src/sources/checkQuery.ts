// What one claim asks of a source document: a quote's words, or a statistic's figure with its
// sentence (whose key words place the figure). The key identifies the question, so its answer is
// kept while neither the claim's words nor the source change.
import type { Finding } from '../analysis/finding';
import { checkFigure } from '../sourceCheck/figureCheck';
import { checkQuote } from '../sourceCheck/quoteCheck';
import { checkInterruptedQuote } from '../sourceCheck/interruptedQuoteCheck';
import type { SourceCheck } from '../sourceCheck/sourceCheck';
import type { SourceIndex } from '../sourceCheck/sourceIndex';

export interface CheckQuery {
  key: string;
  kind: 'quote' | 'statistic';
  claim: string;
  context: string;
  /** A quote interrupted by its attribution: each part's words, checked one by one. */
  parts?: string[];
}

/** The question a finding asks of its source documents; undefined for kinds that are not checked against one. */
export function checkQueryOf(text: string, finding: Finding): CheckQuery | undefined {
  if (finding.kind === 'quote') {
    const span = finding.content ?? finding;
    const claim = text.slice(span.start, span.end);
    if (!finding.parts) return { key: `quote\0${claim}`, kind: 'quote', claim, context: '' };
    const parts = finding.parts.map((part) => text.slice(part.start, part.end));
    return { key: `quote\0${parts.join('\0')}`, kind: 'quote', claim, context: '', parts };
  }
  if (finding.kind === 'statistic') {
    const claim = text.slice(finding.start, finding.end);
    const span = finding.content ?? finding;
    const context = text.slice(span.start, span.end);
    return { key: `statistic\0${claim}\0${context}`, kind: 'statistic', claim, context };
  }
  return undefined;
}

/** The answer: null when the claim has nothing to check (a statistic with no figure in it). */
export function answerQuery(query: CheckQuery, index: SourceIndex): SourceCheck | null {
  if (query.kind === 'quote') return query.parts ? checkInterruptedQuote(query.parts, index) : checkQuote(query.claim, index);
  return checkFigure(query.claim, query.context, index) ?? null;
}
