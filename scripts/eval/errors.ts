// Error analysis for one span kind: misses and false alarms grouped by category (the words
// of the span, lower case, for short spans; how the prediction went wrong for long ones), the
// largest categories first, each with a few examples in context.
import type { CorpusDocument } from './corpus';
import { overlapPairs, type Range } from './match';

export interface ErrorCase {
  document: CorpusDocument;
  gold: Range[];
  predicted: Range[];
}

interface Example {
  category: string;
  context: string;
}

function context(text: string, span: Range, partner?: Range): string {
  const marks = [
    [span.start, '['],
    [span.end, ']'],
    ...(partner ? [[partner.start, '{'], [partner.end, '}']] : []),
  ] as [number, string][];
  marks.sort((a, b) => b[0] - a[0]);
  const from = Math.max(0, Math.min(span.start, partner?.start ?? span.start) - 60);
  const to = Math.min(text.length, Math.max(span.end, partner?.end ?? span.end) + 60);
  let out = text.slice(from, to);
  for (const [at, mark] of marks) out = out.slice(0, at - from) + mark + out.slice(at - from);
  return out.replace(/\s+/g, ' ');
}

function category(text: string, span: Range, partner: Range | undefined): string {
  const words = text.slice(span.start, span.end);
  if (partner) return partner.start === span.start ? 'end differs' : partner.end === span.end ? 'start differs' : 'both ends differ';
  return words.split(/\s+/).length <= 4 ? words.toLowerCase() : 'none overlapping';
}

/** Every n-th example, so that a listing samples the whole corpus rather than its first articles. */
function spread(list: Example[], count: number): Example[] {
  const step = Math.max(1, Math.floor(list.length / count));
  return list.filter((_, i) => i % step === 0).slice(0, count);
}

function group(examples: Example[], title: string, limit: number, perCategory: number): void {
  const byCategory = new Map<string, Example[]>();
  for (const example of examples) byCategory.set(example.category, [...(byCategory.get(example.category) ?? []), example]);
  const sorted = [...byCategory].sort((a, b) => b[1].length - a[1].length);
  // --limit 0: one list sampled across every category, for a feel of the whole.
  if (limit === 0) sorted.unshift(['(all)', examples]);
  console.log(`\n== ${title}: ${examples.length}`);
  console.log(sorted.slice(0, limit).map(([name, list]) => `${list.length} ${name}`).join(' | '));
  for (const [name, list] of sorted.slice(0, Math.max(1, Math.ceil(limit / 4)))) {
    console.log(`-- ${name} (${list.length})`);
    for (const example of spread(list, perCategory)) console.log(`   ${example.context}`);
  }
}

export function printErrors(kind: string, cases: ErrorCase[], limit: number, perCategory = 4): void {
  const misses: Example[] = [];
  const falseAlarms: Example[] = [];
  const boundaries: Example[] = [];
  for (const { document, gold, predicted } of cases) {
    const pairs = overlapPairs(gold, predicted);
    const goldPartner = new Map(pairs.map(([g, p]) => [g, p]));
    const predictedPartner = new Map(pairs.map(([g, p]) => [p, g]));
    gold.forEach((span, g) => {
      const p = goldPartner.get(g);
      const partner = p === undefined ? undefined : predicted[p];
      if (partner && partner.start === span.start && partner.end === span.end) return;
      const example = { category: category(document.text, span, partner), context: context(document.text, span, partner) };
      (partner ? boundaries : misses).push(example);
    });
    predicted.forEach((span, p) => {
      if (predictedPartner.has(p)) return;
      falseAlarms.push({ category: category(document.text, span, undefined), context: context(document.text, span) });
    });
  }
  group(misses, `${kind} misses ([gold])`, limit, perCategory);
  group(falseAlarms, `${kind} false alarms ([predicted])`, limit, perCategory);
  group(boundaries, `${kind} overlap but not exact ([gold] {predicted})`, limit, perCategory);
}
