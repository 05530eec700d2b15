// Span matching for the evaluation: exact (identical start and end) and one-to-one overlap
// (each gold span pairs with at most one predicted span that shares a character with it, largest
// overlaps first).

export interface Range {
  start: number;
  end: number;
}

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

export function dedupe<T extends Range>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key) || span.end <= span.start) return false;
    seen.add(key);
    return true;
  });
}

function overlapOf(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Pairs of (gold index, predicted index) matched one-to-one by overlap. */
export function overlapPairs(gold: Range[], predicted: Range[]): [number, number][] {
  const candidates: [number, number, number][] = [];
  const sorted = predicted.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start);
  for (let g = 0; g < gold.length; g++) {
    for (const { span, index } of sorted) {
      if (span.start >= gold[g].end) break;
      const shared = overlapOf(gold[g], span);
      if (shared > 0) candidates.push([shared, g, index]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, p] of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

export function count(gold: Range[], predicted: Range[]): Counts {
  const keys = new Set(predicted.map((span) => `${span.start}:${span.end}`));
  return {
    gold: gold.length,
    predicted: predicted.length,
    exact: gold.filter((span) => keys.has(`${span.start}:${span.end}`)).length,
    overlap: overlapPairs(gold, predicted).length,
  };
}

export function add(total: Counts, counts: Counts): void {
  total.gold += counts.gold;
  total.predicted += counts.predicted;
  total.exact += counts.exact;
  total.overlap += counts.overlap;
}

export function scores(matched: number, gold: number, predicted: number): { p: number; r: number; f: number } {
  const p = predicted ? matched / predicted : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
