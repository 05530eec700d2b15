// Measures a cue-model choice (options of train-cue-model.ts, or the features in cueFeatures.ts) on
// five folds of train in a couple of minutes, without the rest of the detector: for each fold, the
// candidate forms are mined and the model fitted on the other four folds, as mine-cues.ts and
// train-cue-model.ts --inflect would, and the fold's candidates are scored. Prints precision,
// recall and F1 of the candidates taken as cues, and the mean log loss. Judge a choice here, then
// through the whole detector with scripts/eval/kfold-cues.sh. The folds are kfold-cues.sh's.
//   npx tsx scripts/eval/cue-model-folds.ts ../shared/corpus/polnear_train.jsonl [--epochs 2] [--l2 1e-5]
//     [--min-feature-count 5] [--threshold 0.4]
import { readCorpus, type CorpusDocument } from './corpus';
import { goldCueForms, inflectedForms, lowerText, occurrences } from './cueForms';
import { cueExamples, fitCueModel, probability } from './cueModelFit';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const fit = {
  epochs: Number(option('--epochs', '2')),
  l2: Number(option('--l2', '1e-5')),
  minFeatureCount: Number(option('--min-feature-count', '5')),
};
const threshold = Number(option('--threshold', '0.4'));
// As lexicons/cues.ts: another inflection of a form must score 0.6.
const INFLECTED_THRESHOLD = 0.6;
const documents = readCorpus(argv[0]);

/** The candidate forms learnt from `train`: the mined lexicon (mine-cues.ts), the other gold forms and their inflections. */
function formsOf(train: CorpusDocument[]): string[] {
  const all = lowerText(train);
  const gold = goldCueForms(train);
  const precision = (form: string, count: number) => count / Math.max(1, occurrences(all, form));
  const lexicon = [...gold].filter(([form, count]) => count >= 5 && precision(form, count) >= 0.3).map(([form]) => form);
  const known = new Set([...[...gold].filter(([form, count]) => count >= 2 && precision(form, count) >= 0.03).map(([form]) => form), ...lexicon]);
  return [...known, ...inflectedForms(lexicon, known, gold, all, 0.05)];
}

let right = 0;
let wrong = 0;
let missed = 0;
let loss = 0;
let scored = 0;
for (let k = 0; k < 5; k++) {
  // Line numbers from 1, as awk's NR in kfold-cues.sh.
  const train = documents.filter((_, i) => (i + 1) % 5 !== k);
  const fold = documents.filter((_, i) => (i + 1) % 5 === k);
  const forms = formsOf(train);
  const weights = fitCueModel(cueExamples(train, forms), fit);
  for (const { features, label, inflected } of cueExamples(fold, forms)) {
    const p = probability(weights, features);
    const taken = p >= (inflected ? Math.max(threshold, INFLECTED_THRESHOLD) : threshold);
    if (taken && label) right++;
    else if (taken) wrong++;
    else if (label) missed++;
    loss -= label ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
    scored++;
  }
}
const p = right / (right + wrong);
const r = right / (right + missed);
console.log(`${scored} candidates: P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)}, log loss ${(loss / scored).toFixed(4)}`);
