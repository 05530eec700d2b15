// Quotations of a block looked up by offset. findQuotations gives them in order and never
// overlapping, so a binary search finds the one asked for: a paragraph of a thousand short
// quotations costs a few steps per lookup, not a thousand.
import type { Span } from '../finding';

/** The index of the last span starting before `at`, -1 if none. */
function lastStartingBefore<T extends Span>(spans: readonly T[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The span with start < at < end. */
export function spanAround<T extends Span>(spans: readonly T[], at: number): T | undefined {
  const span = spans[lastStartingBefore(spans, at)];
  return span && at < span.end ? span : undefined;
}

/** The span with start < inner.start and inner.end <= end. */
export function spanHolding<T extends Span>(spans: readonly T[], inner: Span): T | undefined {
  const span = spans[lastStartingBefore(spans, inner.start)];
  return span && inner.end <= span.end ? span : undefined;
}

/** The span that starts exactly at `at`. */
export function spanStartingAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  const span = spans[lastStartingBefore(spans, at) + 1];
  return span?.start === at ? span : undefined;
}

/** The last span that ends at or before `at`. */
export function lastSpanEndingBy<T extends Span>(spans: readonly T[], at: number): T | undefined {
  let index = lastStartingBefore(spans, at);
  while (index >= 0 && spans[index].end > at) index--;
  return spans[index];
}
