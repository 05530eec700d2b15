// Counts, on a corpus with attribution cues (PolNeAR train), how often each cue candidate is a
// gold cue in each context (see server/src/analysis/cueContext.ts), for every gold cue form seen
// at least MIN_COUNT times with a precision of at least MIN_PRECISION. Writes
// server/src/analysis/lexicons/cue-contexts.json. Never run it on the dev split.
//   npx tsx scripts/eval/train-cue-contexts.ts ../shared/corpus/polnear_train.jsonl [threshold]
import { writeFileSync } from 'node:fs';
import { readCorpus } from './corpus';
import { goldCueForms, lowerText, occurrences } from './cueForms';
import { cueMatcher, findCues } from '../../server/src/analysis/cues';
import { cueContext } from '../../server/src/analysis/cueContext';
import { splitBlocks } from '../../server/src/analysis/blocks';
import { splitSentences } from '../../server/src/analysis/sentences';
import { findApostropheQuotations, findQuotations } from '../../server/src/analysis/quotes';

const MIN_COUNT = 2;
const MIN_PRECISION = 0.05;
const OUT = 'server/src/analysis/lexicons/cue-contexts.json';

interface FormContexts {
  cue: number;
  seen: number;
  contexts: Record<string, [number, number]>;
}

const [path, threshold = '0.3'] = process.argv.slice(2);
const documents = readCorpus(path);
const all = lowerText(documents);
const forms = [...goldCueForms(documents)].filter(([form, count]) => count >= MIN_COUNT && count / Math.max(1, occurrences(all, form)) >= MIN_PRECISION).map(([form]) => form);
const matcher = cueMatcher(forms);
const table: Record<string, FormContexts> = {};
const pooled: Record<string, [number, number]> = {};
for (const document of documents) {
  const gold = document.spans.filter((s) => s.kind === 'attr_cue');
  for (const block of splitBlocks(document.text)) {
    const text = document.text.slice(block.start, block.end);
    const quotes = [...findQuotations(text), ...findApostropheQuotations(text)];
    for (const sentence of splitSentences(text)) {
      for (const cue of findCues(text, sentence.start, sentence.end, matcher)) {
        if (quotes.some((q) => q.start < cue.start && cue.end <= q.end)) continue;
        const hit = gold.some((g) => g.start < block.start + cue.end && block.start + cue.start < g.end);
        const entry = (table[cue.form] ??= { cue: 0, seen: 0, contexts: {} });
        const context = cueContext(text, sentence, cue);
        const counts = (entry.contexts[context] ??= [0, 0]);
        counts[0] += Number(hit);
        counts[1]++;
        const all = (pooled[context] ??= [0, 0]);
        all[0] += Number(hit);
        all[1]++;
        entry.cue += Number(hit);
        entry.seen++;
      }
    }
  }
}
const kept = Object.fromEntries(Object.entries(table).filter(([, entry]) => entry.cue >= 2).sort(([a], [b]) => a.localeCompare(b)));
const source =
  'Counted on the PolNeAR train split (Newell, Margolin, Ruths 2018; 840 articles) by scripts/eval/train-cue-contexts.ts: for each gold attr_cue form ' +
  `seen at least ${MIN_COUNT} times with precision at least ${MIN_PRECISION}, [times a cue, times seen] per context ("before after" word classes), ` +
  'for all forms together ("contexts") and for each form ("forms").';
// One form a line, so that a retrained table diffs readably.
const lines = Object.entries(kept).map(([form, entry]) => `    ${JSON.stringify(form)}: ${JSON.stringify(entry)}`);
const contexts = JSON.stringify(Object.fromEntries(Object.entries(pooled).sort(([a], [b]) => a.localeCompare(b))));
writeFileSync(
  OUT,
  `{\n  "source": ${JSON.stringify(source)},\n  "threshold": ${Number(threshold)},\n  "contexts": ${contexts},\n  "forms": {\n${lines.join(',\n')}\n  }\n}\n`,
);
console.log(`${Object.keys(kept).length} forms`);
