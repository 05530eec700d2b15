// Mines the reporting-verb lexicon from a corpus with attribution cues (PolNeAR train):
// every gold cue form, how often it is a cue, how often the same words occur at all, and the
// precision of the two. Writes server/src/analysis/lexicons/reporting-verbs.json, keeping the
// hand-written example sentences already there. Never run it on the dev split.
//   npx tsx scripts/eval/mine-cues.ts ../shared/corpus/polnear_train.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { readCorpus } from './corpus';

const MIN_COUNT = 5;
const MIN_PRECISION = 0.3;
const OUT = 'server/src/analysis/lexicons/reporting-verbs.json';
// Leading words the detector adds to a cue itself ("has said", "also said"), not lexicon entries.
const LEADING = new Set(
  'has have had is was were are be been will would also later previously recently repeatedly once often publicly privately never already then again still not did does do could should may might must can first'.split(' '),
);
// Not cues in their own right: a cue plus a day or adverb the detector adds itself, nouns, and
// verbs of feeling that PolNeAR counts but a fact-checker would not read as sourcing.
const EXCLUDED = new Set([
  'now says', 'widely expected', 'eager', 'complaints', 'titled', 'angered', 'restricting',
  'convinced', 'sounded', 'knocked', 'issued a statement saying', 'critical of', 'deemed',
]);
const WEEKDAY = / (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
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

function group(form: string): string {
  const [head, ...rest] = form.split(' ');
  const base = IRREGULAR[head] ?? head.replace(/(?:ing|ed|es|s|e)$/, '').replace(/([^aeiou])\1$/, '$1');
  return [base, ...rest].join(' ');
}

function normalise(cue: string): string | undefined {
  const words = cue.toLowerCase().replace(/[’]/g, "'").replace(/:$/, '').trim().split(/\s+/);
  while (words.length > 1 && LEADING.has(words[0])) words.shift();
  const form = words.join(' ');
  return /^[a-z][a-z' -]*$/.test(form) ? form : undefined;
}

function occurrences(haystack: string, form: string): number {
  const pattern = new RegExp(`(?<![a-z'])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z'])`, 'g');
  return haystack.match(pattern)?.length ?? 0;
}

const documents = readCorpus(process.argv[2]);
const gold = new Map<string, number>();
for (const document of documents) {
  for (const span of document.spans) {
    if (span.kind !== 'attr_cue') continue;
    const form = normalise(document.text.slice(span.start, span.end));
    if (form) gold.set(form, (gold.get(form) ?? 0) + 1);
  }
}
const all = documents.map((d) => d.text.toLowerCase().replace(/[’]/g, "'")).join('\n');
const previous = new Map<string, string>();
try {
  const old = JSON.parse(readFileSync(OUT, 'utf8')) as { entries: Entry[] };
  for (const entry of old.entries) previous.set(group(entry.forms[0]), entry.example);
} catch {
  // first run: no examples yet
}
const groups = new Map<string, Entry>();
for (const [form, count] of gold) {
  if (count < MIN_COUNT || EXCLUDED.has(form) || WEEKDAY.test(form)) continue;
  const seen = occurrences(all, form);
  if (!seen || count / seen < MIN_PRECISION) continue;
  const key = group(form);
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
