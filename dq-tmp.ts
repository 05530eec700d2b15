import { readCorpus } from './scripts/eval/corpus';
import { analyze } from './server/src/analysis/analyze';
import { predictedSpans } from './scripts/eval/predict';
const cats: Record<string, number> = {};
const ex: Record<string, string[]> = {};
for (const d of readCorpus('/work/shared/corpus/polnear_train.jsonl')) {
  const fs = analyze(d.text);
  const direct = new Set(predictedSpans(fs).direct_quote.map((s) => `${s.start}:${s.end}`));
  for (const g of d.spans.filter((s) => s.kind === 'direct_quote')) {
    let end = g.end; while (/\s/.test(d.text[end - 1])) end--;
    if (direct.has(`${g.start}:${end}`)) continue;
    const q = fs.find((f) => f.kind === 'quote' && f.start === g.start && f.end === end);
    const cat = !q ? (fs.some((f) => f.kind === 'quote' && f.start < end && g.start < f.end) ? 'quote differs' : 'no quote') : !q.speaker ? (q.message.startsWith('Scare') ? 'scare' : 'no speaker') : 'inside larger content';
    cats[cat] = (cats[cat] ?? 0) + 1;
    (ex[cat] ??= []).push(d.text.slice(Math.max(0, g.start - 120), end + 60).replace(/\s+/g, ' '));
  }
}
console.log(cats);
for (const [k, v] of Object.entries(ex)) { console.log('==', k); for (const e of v.filter((_, i) => i % Math.max(1, Math.floor(v.length / 8)) === 0).slice(0, 8)) console.log('  ', e.slice(0, 260)); }
