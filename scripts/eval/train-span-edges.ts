// Trains the span-edge model (server/src/analysis/models/spanEdges.ts) on a corpus with
// attribution relations (PolNeAR train): the detector runs with its rules' edges alone; every
// cue, source and content it finds that overlaps a gold span of its kind gives one ranking example per
// edge (the candidates around the rule's edge, the gold edge among them), fitted by an averaged
// perceptron. Writes server/src/analysis/models/span-edges.json unless --out says otherwise; with
// --check it trains on half of the corpus and reports edge accuracy on the other half instead.
// Never run it on the dev split.
//   npx tsx scripts/eval/train-span-edges.ts ../shared/corpus/polnear_train.jsonl [--window 4] [--epochs 8] [--prune 0.5] [--check] [--out FILE]
import { writeFileSync } from 'node:fs';
import { readCorpus, type CorpusDocument } from './corpus';
import { splitArticle } from '../../server/src/analysis/engine/analyze';
import { detectQuotesAndAttributions } from '../../server/src/analysis/detectors/attributions';
import { initialDiscourseState, rebaseState } from '../../server/src/analysis/text/discourse';
import { splitSentences } from '../../server/src/analysis/text/sentences';
import { BlockTokens, edgeCandidates, roomAround, type EdgeRole } from '../../server/src/analysis/models/spanEdges';
import { scoreOf, weightTable, type HashedWeights } from '../../server/src/analysis/models/weightTable';
import type { Detected, Span } from '../../server/src/analysis/finding';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const path = argv[0];
const out = option('--out', 'server/src/analysis/models/span-edges.json');
const window = Number(option('--window', '4'));
const epochs = Number(option('--epochs', '8'));
const check = argv.includes('--check');
// Weights smaller than this are dropped: a smaller table is faster to look up in.
const prune = Number(option('--prune', '0'));
const QUOTED_EDGE = /^["“‘']|["”’']$/;

interface Example {
  /** The role and side, for the --check figures. */
  edge: string;
  candidates: number[][];
  gold: number;
}

function trimmedGold(document: CorpusDocument, kind: string): Span[] {
  return document.spans
    .filter((span) => span.kind === kind)
    .map(({ start, end }) => {
      while (start < end && /\s/.test(document.text[start])) start++;
      while (end > start && /\s/.test(document.text[end - 1])) end--;
      return { start, end };
    });
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** An attribution's content parts: its own quotations when they make it ("“A,” he said, “B.”"), else the whole. */
function contentParts(findings: Detected[], cue: Span, content: Span): Span[] {
  const own = findings.filter((f) => f.kind === 'quote' && f.cue?.start === cue.start && f.cue.end === cue.end);
  return own.length && own[0].start === content.start && own[own.length - 1].end === content.end ? own : [content];
}

/** Ranking examples from one document: the detector's parts against the gold spans of their kind. */
function examplesOf(document: CorpusDocument): Example[] {
  const examples: Example[] = [];
  const gold: Record<EdgeRole, Span[]> = {
    source: trimmedGold(document, 'attr_source'),
    content: trimmedGold(document, 'attr_content'),
    cue: trimmedGold(document, 'attr_cue'),
  };
  const { prose, blocks } = splitArticle(document.text, 'plaintext');
  let state = initialDiscourseState();
  let previousStart = 0;
  for (const block of blocks) {
    state = rebaseState(state, block.start - previousStart);
    previousStart = block.start;
    const text = prose.text.slice(block.start, block.end);
    const result = detectQuotesAndAttributions(text, splitSentences(text), state, undefined, undefined, null);
    state = result.state;
    const tokens = new BlockTokens(text);
    for (const finding of result.findings) {
      // A quote joined with its attribution carries that attribution's cue and speaker, its
      // quotations as content: its edges are learned as an attribution's.
      const folded = finding.kind === 'quote' && !!finding.attribution;
      if ((finding.kind !== 'attribution' && !folded) || !finding.cue) continue;
      const { cue, content, speaker } = finding;
      // The cue moves within the room its speaker and content parts leave it, as in attributions.ts.
      const quotations = folded ? (finding.parts ?? [content ?? finding]) : content ? contentParts(result.findings, cue, content) : [];
      const beside = [...(speaker ? [speaker] : []), ...quotations];
      const parts: [EdgeRole, Span | undefined, Span][] = [
        ['source', speaker, { start: 0, end: text.length }],
        ['content', content && !QUOTED_EDGE.test(text.slice(content.start, content.end)) ? content : undefined, { start: 0, end: text.length }],
        ['cue', cue, roomAround(cue, beside, { start: 0, end: text.length })],
      ];
      for (const [role, span, limits] of parts) {
        if (!span || span.end <= span.start) continue;
        const inDocument = { start: span.start + block.start, end: span.end + block.start };
        const best = gold[role].reduce<Span | undefined>((found, g) => (overlap(g, inDocument) > (found ? overlap(found, inDocument) : 0) ? g : found), undefined);
        if (!best) continue;
        for (const side of ['s', 'e'] as const) {
          const candidates = edgeCandidates(tokens, span, side, role, cue, limits, window);
          const target = (side === 's' ? best.start : best.end) - block.start;
          const index = candidates.findIndex((c) => c.offset === target);
          if (index >= 0 && candidates.length > 1) examples.push({ edge: `${role} ${side === 's' ? 'start' : 'end'}`, candidates: candidates.map((c) => c.features), gold: index });
        }
      }
    }
  }
  return examples;
}

/** Averaged perceptron over ranking examples: the features kept, in ascending order, and their weights. */
function train(examples: Example[]): HashedWeights {
  const weights = new Map<number, number>();
  const totals = new Map<number, number>();
  let step = 1;
  const bump = (features: number[], by: number) => {
    for (const f of features) {
      weights.set(f, (weights.get(f) ?? 0) + by);
      totals.set(f, (totals.get(f) ?? 0) + step * by);
    }
  };
  const current = (features: number[]) => features.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // A fixed shuffle per epoch: the same corpus gives the same model.
    const order = examples.map((_, i) => i).sort((a, b) => ((a * 7919 + epoch * 104729) % 65521) - ((b * 7919 + epoch * 104729) % 65521));
    for (const i of order) {
      const { candidates, gold } = examples[i];
      let predicted = 0;
      let top = current(candidates[0]);
      for (let c = 1; c < candidates.length; c++) {
        const score = current(candidates[c]);
        if (score > top) {
          top = score;
          predicted = c;
        }
      }
      if (predicted !== gold) {
        bump(candidates[gold], 1);
        bump(candidates[predicted], -1);
      }
      step++;
    }
  }
  const averaged = { features: [] as number[], weights: [] as number[] };
  for (const [f, w] of [...weights].sort(([a], [b]) => a - b)) {
    const value = w - (totals.get(f) ?? 0) / step;
    if (Math.abs(value) < Math.max(prune, 1e-3)) continue;
    averaged.features.push(f);
    averaged.weights.push(Math.round(value * 1000) / 1000);
  }
  return averaged;
}

function accuracy(examples: Example[], model: HashedWeights): { rule: number; model: number } {
  const weights = weightTable(model);
  let rule = 0;
  let right = 0;
  for (const { candidates, gold } of examples) {
    rule += Number(gold === 0);
    let predicted = 0;
    let top = scoreOf(candidates[0], weights);
    for (let c = 1; c < candidates.length; c++) {
      const score = scoreOf(candidates[c], weights);
      if (score > top) {
        top = score;
        predicted = c;
      }
    }
    right += Number(predicted === gold);
  }
  return { rule: rule / examples.length, model: right / examples.length };
}

const documents = readCorpus(path);
if (check) {
  const first = documents.filter((_, i) => i % 2 === 0).flatMap(examplesOf);
  const second = documents.filter((_, i) => i % 2 === 1).flatMap(examplesOf);
  const weights = train(first);
  console.log(`window ${window}, epochs ${epochs}: ${first.length} examples to train, ${second.length} to check, ${weights.features.length} weights`);
  for (const edge of ['source start', 'source end', 'content start', 'content end', 'cue start', 'cue end']) {
    const some = second.filter((example) => example.edge === edge);
    const { rule, model } = accuracy(some, weights);
    console.log(`${edge}: ${some.length} edges right by the rules ${rule.toFixed(3)}, by the model ${model.toFixed(3)}`);
  }
} else {
  const examples = documents.flatMap(examplesOf);
  const { features, weights } = train(examples);
  // The dev figures are added by hand after `npm run eval` on dev: this script never reads dev.
  const head = {
    source: `Averaged perceptron ranking the token boundaries within ${window} of each rule-made source and content edge and within 3 of each cue edge, trained on ${path.replace(/^.*\//, '')} (${documents.length} articles, ${examples.length} edges) by: npx tsx scripts/eval/train-span-edges.ts ${argv.filter((a) => a !== '--out' && a !== out).join(' ')}`,
    dev: 'not measured yet',
    window,
    epochs,
  };
  // The features and their weights as two arrays (see SpanEdgeModel), one number a line: the file
  // diffs line by line when the model is trained again.
  const column = (values: ArrayLike<number>) => `[\n${Array.from(values, (v) => `    ${v}`).join(',\n')}\n  ]`;
  writeFileSync(out, `${JSON.stringify(head, null, 2).replace(/\n}$/, ',')}\n  "features": ${column(features)},\n  "weights": ${column(weights)}\n}\n`);
  console.log(`${examples.length} edges, ${features.length} weights -> ${out}`);
}
