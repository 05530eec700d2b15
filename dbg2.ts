import { readCorpus } from './scripts/eval/corpus';
import { analyze } from './server/src/analysis/analyze';
const needle = process.argv[2];
const docs = readCorpus('/work/shared/corpus/polnear_train.jsonl').filter((d) => d.text.includes(needle));
const doc = docs[0];
const at = doc.text.indexOf(needle);
const text = doc.text;
console.log(JSON.stringify(text.slice(at - 300, at + 200)));
for (const f of analyze(text)) {
  if (f.end < at - 300 || f.start > at + 200) continue;
  const w = (sp?: {start:number,end:number}) => sp ? JSON.stringify(text.slice(sp.start, sp.end)).slice(0,60) : '-';
  console.log(f.kind, w(f), '| cue', w(f.cue), '| spk', w(f.speaker), f.speaker?.name ?? '', '| content', w(f.content));
}
