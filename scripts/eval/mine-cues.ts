// Mines the reporting-verb lexicon from a corpus with attribution cues (PolNeAR train):
// every gold cue form, how often it is a cue, how often the same words occur at all, and the
// precision of the two. Writes server/src/analysis/lexicons/reporting-verbs.json, keeping the
// hand-written example sentences already there. Never run it on the dev split.
//   npx tsx scripts/eval/mine-cues.ts ../shared/corpus/polnear_train.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { readCorpus } from './corpus';
import { goldCueForms, lowerText, occurrences } from './cueForms';
import { formStem } from '../../server/src/analysis/lexicons/formStem';

const MIN_COUNT = 5;
const MIN_PRECISION = 0.3;
const OUT = 'server/src/analysis/lexicons/reporting-verbs.json';
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell',
  wrote: 'write', writes: 'write', writing: 'write', written: 'write', thought: 'think',
  sought: 'seek', found: 'find', finds: 'find', knew: 'know', known: 'know', spoke: 'speak',
  read: 'read', reads: 'read', put: 'put', made: 'make', went: 'go',
};

interface Entry {
  forms: string[];
  count: number;
  seen: number;
  precision: number;
  example: string;
}

const documents = readCorpus(process.argv[2]);
const gold = goldCueForms(documents);
const all = lowerText(documents);
const previous = new Map<string, string>();
try {
  const old = JSON.parse(readFileSync(OUT, 'utf8')) as { entries: Entry[] };
  for (const entry of old.entries) previous.set(formStem(entry.forms[0], IRREGULAR), entry.example);
} catch {
  // first run: no examples yet
}
const groups = new Map<string, Entry>();
for (const [form, count] of gold) {
  if (count < MIN_COUNT) continue;
  const seen = occurrences(all, form);
  if (!seen || count / seen < MIN_PRECISION) continue;
  const key = formStem(form, IRREGULAR);
  const entry = groups.get(key) ?? { forms: [], count: 0, seen: 0, precision: 0, example: previous.get(key) ?? '' };
  entry.forms.push(form);
  entry.count += count;
  entry.seen += seen;
  entry.precision = Math.round((entry.count / entry.seen) * 100) / 100;
  groups.set(key, entry);
}
const entries = [...groups.values()].sort((a, b) => b.count - a.count);
for (const entry of entries) entry.forms.sort();
writeFileSync(
  OUT,
  JSON.stringify(
    {
      source:
        'Mined from the PolNeAR train split (Newell, Margolin, Ruths 2018; 840 articles) by scripts/eval/mine-cues.ts: gold attr_cue forms seen at least ' +
        `${MIN_COUNT} times whose precision (times a cue / times the words occur) is at least ${MIN_PRECISION}. Example sentences are written for this project.`,
      entries,
    },
    null,
    2,
  ) + '\n',
);
console.log(`${entries.length} entries, ${entries.reduce((n, e) => n + e.forms.length, 0)} forms`);
