// Turns the detector's findings into spans of the corpus kinds, so they can be matched.
import type { Finding } from '../../server/src/analysis/finding';
import { dedupe, type Range } from './match';

export type PredictedKind = 'attr_cue' | 'attr_source' | 'attr_content' | 'direct_quote' | 'hedge_cue';

function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && (outer.start < inner.start || inner.end < outer.end);
}

function same(a: Range | undefined, b: Range | undefined): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

/** A quote's quotations: its parts when its attribution interrupts it (“A,” he said, “B.”), else itself. */
export function quotations(quote: Finding): Range[] {
  return quote.parts ?? [quote.content ?? quote];
}

/**
 * The content spans: an attribution's content (each part, where the attribution interrupts it),
 * and each quotation of a direct quote (a quote and its attribution are one finding; the corpus
 * counts each part of an interrupted quote). A quotation inside a larger content part of its own
 * attribution is a partial quote (He said the count was “rigged” on Tuesday), not a direct one.
 */
function contents(findings: Finding[]): { contents: Range[]; direct: Range[] } {
  const quotes = findings.filter((f) => f.kind === 'quote');
  const spans: Range[] = [];
  const partial = new Set<Finding>();
  for (const attribution of findings.filter((f) => f.kind === 'attribution' && f.content)) {
    const content = attribution.content!;
    spans.push(...(attribution.parts ?? [content]));
    // Part by part: “…” as a whole part of its content ("who he dubbed “the little senator”") is direct.
    const parts = attribution.parts ?? [content];
    for (const quote of quotes) if (same(quote.cue, attribution.cue) && parts.some((part) => contains(part, quote))) partial.add(quote);
  }
  const direct = quotes.filter((q) => q.speaker && !partial.has(q)).flatMap(quotations);
  return { contents: [...spans, ...direct], direct };
}

// The closing marks the corpus's direct_quote derivation takes (it counts “…,“ as no direct quote).
const CLOSED = /["”’]$/;

/**
 * The findings as corpus spans, read in `text`. A direct quote is scored by the corpus's own test:
 * content wrapped in quotation marks. A quotation that runs on into the next paragraph with no
 * closing mark (the newspaper convention) is content there, in the corpus as here, but not a
 * direct quote of the corpus's kind.
 */
export function predictedSpans(findings: Finding[], text: string): Record<PredictedKind, Range[]> {
  const attributed = findings.filter((f) => f.kind === 'attribution' || f.kind === 'quote');
  const hedges = findings.filter((f) => f.kind === 'allegation' || f.kind === 'hedge');
  const { contents: content, direct: quoted } = contents(findings);
  const direct = quoted.filter((span) => CLOSED.test(text.slice(span.start, span.end)));
  return {
    // A claim reported from a source ("As Jo told staff, according to the filing, …") holds two attributions.
    attr_cue: dedupe(attributed.flatMap((f) => [...(f.cue ? [f.cue] : []), ...(f.reportedBy ? [f.reportedBy.cue] : [])])),
    attr_source: dedupe(attributed.flatMap((f) => [...(f.speaker && f.speaker.start >= 0 ? [f.speaker] : []), ...(f.reportedBy ? [f.reportedBy.speaker] : [])])),
    attr_content: dedupe(content),
    direct_quote: dedupe(direct),
    hedge_cue: dedupe(hedges.map((f) => f.cue ?? f)),
  };
}
