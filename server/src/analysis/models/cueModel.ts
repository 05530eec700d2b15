// A logistic-regression model over cue candidates (features in cueFeatures.ts), trained on the
// PolNeAR train split by scripts/eval/train-cue-model.ts; its weights ship in models/cue-model.json.
import model from './cue-model.json';
import type { Span } from '../finding';
import { cueFeatures, type CueCandidate } from './cueFeatures';

export interface CueModel {
  /** Candidate forms the model was trained on (lower case, words separated by one space). */
  forms: string[];
  weights: Record<string, number>;
  /** Candidates at least this likely are cues. */
  threshold: number;
  /** Candidates at least this likely are cues even with no speaker named ("is expected to"). */
  sourcelessThreshold: number;
}

export const CUE_MODEL = model as unknown as CueModel;
const WEIGHTS = new Map(Object.entries(CUE_MODEL.weights));

/** The probability that `cue` is an attribution cue, by `weights`. */
export function cueProbability(text: string, sentence: Span, cue: CueCandidate, others: CueCandidate[] = [], weights: Map<string, number> = WEIGHTS): number {
  let sum = 0;
  for (const feature of cueFeatures(text, sentence, cue, others)) sum += weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
