// A logistic-regression model over cue candidates (features in cueFeatures.ts), trained on the
// PolNeAR train split by scripts/eval/train-cue-model.ts; its weights ship in models/cue-model.json.
// Scoring runs on every candidate of every sentence, so the feature strings are never built: each
// is hashed part by part (FNV-1a runs on, so the parts' hash is the joined string's) and looked up
// in a table keyed by the hashes of the trained strings.
import model from './cue-model.json';
import type { Span } from '../finding';
import { emitCueFeatures, type CueCandidate } from './cueFeatures';
import { WeightTable } from './weightTable';

export interface CueModel {
  /** Candidate forms the model was trained on (lower case, words separated by one space). */
  forms: string[];
  weights: Record<string, number>;
  /** The bundles' model: the table of the weights' hashes, built at build time (dist/cue-model.bin). */
  table?: Int32Array;
  /** Candidates at least this likely are cues. */
  threshold: number;
  /** Candidates at least this likely are cues even with no speaker named ("is expected to"). */
  sourcelessThreshold: number;
}

export const CUE_MODEL = model as unknown as CueModel;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of `text` run on from `hash`. */
function hashOn(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** A feature's key in the table: 30 bits of its string's hash (see WeightTable). */
const keyOf = (hash: number) => (hash >>> 2) | 0;

/** The weights keyed by their feature strings' hashes. */
export function hashedWeights(weights: Record<string, number>): WeightTable {
  const entries = Object.entries(weights);
  return new WeightTable(
    entries.map(([feature]) => keyOf(hashOn(FNV_OFFSET, feature))),
    entries.map(([, weight]) => weight),
  );
}

const TABLE = CUE_MODEL.table ? new WeightTable([], [], CUE_MODEL.table) : hashedWeights(CUE_MODEL.weights);

// The hashes of the features' names ("fa=", "quote<"): a few dozen, each hashed once.
const NAME_HASHES = new Map<string, number>();

function nameHash(name: string): number {
  let hash = NAME_HASHES.get(name);
  if (hash === undefined) {
    hash = hashOn(FNV_OFFSET, name);
    NAME_HASHES.set(name, hash);
  }
  return hash;
}

/** The probability that `cue` is an attribution cue, by `weights`. */
export function cueProbability(text: string, sentence: Span, cue: CueCandidate, others: CueCandidate[] = [], weights: WeightTable = TABLE): number {
  let sum = 0;
  emitCueFeatures(text, sentence, cue, others, (name, a, b, c) => {
    let hash = nameHash(name);
    if (a !== undefined) hash = hashOn(hash, a);
    if (b !== undefined) hash = hashOn(hash, b);
    if (c !== undefined) hash = hashOn(hash, c);
    sum += weights.get(keyOf(hash));
  });
  return 1 / (1 + Math.exp(-sum));
}
