// Trains the check-worthiness model (server/src/analysis/models/check-worthiness.json) on a
// ClaimBuster-format corpus: `npx tsx scripts/train-check-worthiness.ts CORPUS.jsonl`.
// Documents whose FNV-1a id hash is divisible by 5 are held out for reporting and never read here.
// The rest (buckets 1-4) pick the two decision thresholds by cross-validation: each bucket is scored
// by a model trained on the other three, and the pair that gives the best pooled F1 wins. The F1 is
// the pipeline's: a sentence is predicted check-worthy when it has a statistic the model does not
// rule a figure of speech (figuresOfSpeech.ts: a small count needs the threshold, any other figure
// the lower figure threshold), or when the model says so and it could be unattributed (claim-sized,
// no source named in it). The shipped model is then trained on all four buckets.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkWorthinessFeatures } from '../server/src/analysis/models/checkWorthiness';
import { findStatistics } from '../server/src/analysis/detectors/statistics';
import { isSmallCount } from '../server/src/analysis/detectors/figuresOfSpeech';
import { splitSentences } from '../server/src/analysis/text/sentences';
import { fnv1a } from '../server/src/analysis/engine/findingId';
import { analyze } from '../server/src/analysis/engine/analyze';
import { isClaimSized, namesSource } from '../server/src/analysis/detectors/unattributed';

interface Example {
  features: string[];
  label: number;
  /** Per statistic in the sentence, whether it is a small count (else any other figure). */
  statistics: boolean[];
  /** The model decides: nothing else makes the sentence check-worthy or rules it out. */
  open: boolean;
}

const MIN_COUNT = 5;
const L2 = 1e-3;
const EPOCHS = 40;
const RATE = 0.05;

function train(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const example of examples) for (const f of example.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= MIN_COUNT) weights.set(feature, 0);
  let bias = 0;
  const squared = new Map<string, number>();
  let biasSquared = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of examples) {
      let score = bias;
      for (const f of example.features) score += weights.get(f) ?? 0;
      const gradient = 1 / (1 + Math.exp(-score)) - example.label;
      biasSquared += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquared);
      for (const f of example.features) {
        const w = weights.get(f);
        if (w === undefined) continue;
        const g = gradient + L2 * w;
        const s = (squared.get(f) ?? 1e-8) + g * g;
        squared.set(f, s);
        weights.set(f, w - (RATE * g) / Math.sqrt(s));
      }
    }
  }
  return { bias, weights };
}

function probability(model: { bias: number; weights: Map<string, number> }, features: string[]): number {
  let score = model.bias;
  for (const f of features) score += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-score));
}

interface Thresholds {
  f1: number;
  threshold: number;
  figureThreshold: number;
}

function isPredicted(example: Example, probability: number, threshold: number, figureThreshold: number): boolean {
  const figureHolds = example.statistics.some((small) => probability >= (small ? threshold : figureThreshold));
  return figureHolds || (example.open && probability >= threshold);
}

// Figure thresholds from 0 (every figure is a claim) up; on a tie the lower one, which drops fewer figures.
function bestThresholds(scored: { example: Example; probability: number }[]): Thresholds {
  let best = { f1: 0, threshold: 0.5, figureThreshold: 0 };
  for (let t = 5; t <= 90; t++) {
    for (let f = 0; f <= 10; f++) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { example, probability } of scored) {
        const predicted = isPredicted(example, probability, t / 100, f / 100);
        if (predicted && example.label) tp++;
        else if (predicted) fp++;
        else if (example.label) fn++;
      }
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      if (f1 > best.f1) best = { f1, threshold: t / 100, figureThreshold: f / 100 };
    }
  }
  return best;
}

function crossValidated(examples: (Example & { bucket: number })[]): { example: Example; probability: number }[] {
  const scored: { example: Example; probability: number }[] = [];
  for (const bucket of [1, 2, 3, 4]) {
    const model = train(examples.filter((example) => example.bucket !== bucket));
    for (const example of examples.filter((candidate) => candidate.bucket === bucket)) {
      scored.push({ example, probability: probability(model, example.features) });
    }
  }
  return scored;
}

const [corpus, output = 'server/src/analysis/models/check-worthiness.json'] = process.argv.slice(2);
if (!corpus) throw new Error('usage: train-check-worthiness.ts CORPUS.jsonl [OUTPUT.json]');
const documents = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id: string; text: string; label: number })
  .filter((document) => fnv1a(document.id) % 5 !== 0);
const examples = documents.map((document) => ({
  features: checkWorthinessFeatures(document.text),
  label: document.label === 1 ? 1 : 0,
  statistics: findStatistics(document.text, splitSentences(document.text)).map((finding) => isSmallCount(document.text.slice(finding.start, finding.end))),
  open: isClaimSized(document.text) && !namesSource(document.text, analyze(document.text)),
  bucket: fnv1a(document.id) % 5,
}));
const validation = bestThresholds(crossValidated(examples));
const { threshold, figureThreshold } = validation;
const model = train(examples);
const weights = Object.fromEntries(
  [...model.weights]
    .filter(([, weight]) => Math.abs(weight) >= 0.01)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([feature, weight]) => [feature, Number(weight.toFixed(3))]),
);
const about =
  'Check-worthiness weights (logistic regression over words and sentence shapes), trained by ' +
  'scripts/train-check-worthiness.ts on the ClaimBuster debate sentences whose id hash % 5 != 0 ' +
  '(hash % 5 == 0 is held out for reporting); the threshold and the figure threshold (below which a ' +
  'figure is a figure of speech) were chosen by 4-fold cross-validation.';
writeFileSync(output, `${JSON.stringify({ about, bias: Number(model.bias.toFixed(3)), threshold, figureThreshold, weights }, null, 1)}\n`);
console.log(
  `trained on ${examples.length} sentences, ${Object.keys(weights).length} weights, threshold ${threshold}, figure threshold ${figureThreshold} ` +
    `(cross-validated check-worthy F1 ${validation.f1.toFixed(3)})`,
);
