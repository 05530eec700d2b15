// How check-worthy a sentence is: a small logistic-regression model over the sentence's words and a
// few shapes (a figure, a name, a past-tense verb, a question, "I think"). The weights are data
// (models/check-worthiness.json), trained by scripts/train-check-worthiness.ts on the ClaimBuster
// sentences outside the held-out bucket. Scoring is a handful of Map lookups per word.
import model from './check-worthiness.json';

interface CheckWorthinessModel {
  about: string;
  bias: number;
  threshold: number;
  /** Below this even a sentence with a figure in it is rhetoric, not a fact to check. */
  figureThreshold: number;
  weights: Record<string, number>;
}

const WORD = /[A-Za-z][A-Za-z']*|\d[\d,.]*/g;
const QUESTION = /\?\s*["”']?\s*$/;
const OPINION = /\b(?:I|we)\s+(?:think|believe|hope|want|feel|must|should|need|will|would|can)\b|\b(?:I'm|we're|I am|we are)\s+going\s+to\b/i;

/** The features of one sentence, as the model names them. */
export function checkWorthinessFeatures(sentence: string): string[] {
  const features = new Set<string>();
  let index = 0;
  let previous = '^';
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match; match = WORD.exec(sentence)) {
    const word = match[0];
    const first = word.charCodeAt(0);
    const isNumber = first >= 48 && first <= 57;
    const lower = isNumber ? '0' : word.toLowerCase();
    features.add(isNumber ? 'shape:number' : `w:${lower}`);
    features.add(`b:${previous} ${lower}`);
    if (index === 0) features.add(`first:${lower}`);
    else if (first >= 65 && first <= 90 && word.length > 1 && lower !== word) features.add('shape:name');
    if (lower.length > 4 && lower.endsWith('ed')) features.add('shape:past');
    previous = lower;
    index++;
  }
  if (index < 6) features.add('shape:short');
  else if (index > 25) features.add('shape:long');
  if (QUESTION.test(sentence)) features.add('shape:question');
  if (OPINION.test(sentence)) features.add('shape:opinion');
  return [...features];
}

const trained = model as CheckWorthinessModel;
const weights = new Map(Object.entries(trained.weights));

/** The model's probability that the sentence states a checkable fact. */
export function checkWorthiness(sentence: string): number {
  let score = trained.bias;
  for (const feature of checkWorthinessFeatures(sentence)) score += weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/** The probability from which a sentence is check-worthy. */
export const CHECK_WORTHY_THRESHOLD = trained.threshold;

export function isCheckWorthy(sentence: string): boolean {
  return checkWorthiness(sentence) >= CHECK_WORTHY_THRESHOLD;
}

/**
 * The probability below which a sentence states no checkable fact at all, whatever figure it holds:
 * the model is all but sure it is rhetoric ("I want to thank millions of you").
 */
export const FIGURE_THRESHOLD = trained.figureThreshold;
