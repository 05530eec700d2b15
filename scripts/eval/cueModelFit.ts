// The cue model's training, shared by train-cue-model.ts (the shipped model) and
// cue-model-folds.ts (a quick measure on folds of train): every candidate the detector would
// weigh, labelled by whether it overlaps a gold cue, fitted by logistic regression (AdaGrad, L2).
import type { CorpusDocument } from './corpus';
import { cueMatcher, findCues } from '../../server/src/analysis/lexicons/cues';
import { cueFeatures } from '../../server/src/analysis/models/cueFeatures';
import { splitBlocks } from '../../server/src/analysis/text/blocks';
import { splitSentences } from '../../server/src/analysis/text/sentences';
import { findApostropheQuotations, findQuotations } from '../../server/src/analysis/detectors/quotes';

export interface CueExample {
  features: string[];
  label: number;
  /** Another inflection of a form, which must score higher (lexicons/cues.ts). */
  inflected: boolean;
}

export interface FitOptions {
  epochs: number;
  l2: number;
  /** Features seen fewer times than this get no weight. */
  minFeatureCount: number;
}

const RATE = 0.1;
// Weights nearer zero than this are left out of the model: they change no decision.
const SMALLEST_WEIGHT = 0.05;

/** The candidates `forms` make in `documents`, outside quotations, with their features and labels. */
export function cueExamples(documents: CorpusDocument[], forms: Iterable<string>): CueExample[] {
  const matcher = cueMatcher(forms);
  const examples: CueExample[] = [];
  for (const document of documents) {
    const cues = document.spans.filter((s) => s.kind === 'attr_cue');
    for (const block of splitBlocks(document.text)) {
      const text = document.text.slice(block.start, block.end);
      const quotes = [...findQuotations(text), ...findApostropheQuotations(text)];
      for (const sentence of splitSentences(text)) {
        const candidates = findCues(text, sentence.start, sentence.end, matcher);
        for (const cue of candidates) {
          if (quotes.some((q) => q.start < cue.start && cue.end <= q.end)) continue;
          const label = Number(cues.some((g) => g.start < block.start + cue.end && block.start + cue.start < g.end));
          examples.push({ features: cueFeatures(text, sentence, cue, candidates), label, inflected: cue.inflected });
        }
      }
    }
  }
  return examples;
}

/** The weights fitted to `examples`; `onEpoch` hears each pass's mean log loss. */
export function fitCueModel(examples: CueExample[], options: FitOptions, onEpoch?: (epoch: number, loss: number) => void): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { features } of examples) for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let loss = 0;
    for (const { features, label } of examples) {
      const kept = features.filter((f) => (seen.get(f) ?? 0) >= options.minFeatureCount);
      const sum = kept.reduce((s, f) => s + (weights.get(f) ?? 0), 0);
      const p = 1 / (1 + Math.exp(-sum));
      loss -= label ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
      for (const f of kept) {
        const w = weights.get(f) ?? 0;
        const g = p - label + options.l2 * w;
        const s = (squares.get(f) ?? 1e-8) + g * g;
        squares.set(f, s);
        weights.set(f, w - (RATE * g) / Math.sqrt(s));
      }
    }
    onEpoch?.(epoch + 1, loss / examples.length);
  }
  return new Map([...weights].filter(([, w]) => Math.abs(w) >= SMALLEST_WEIGHT));
}

/** The model's probability for one example's features. */
export function probability(weights: ReadonlyMap<string, number>, features: string[]): number {
  return 1 / (1 + Math.exp(-features.reduce((s, f) => s + (weights.get(f) ?? 0), 0)));
}
