import { analyze } from './server/src/analysis/analyze';
const text = process.argv[2];
for (const f of analyze(text)) {
  const s = (sp?: {start:number,end:number}) => sp ? JSON.stringify(text.slice(sp.start, sp.end)).slice(0,60) : '-';
  console.log(f.kind, s(f), '| cue', s(f.cue), '| spk', s(f.speaker), f.speaker?.name ?? '', '| content', s(f.content));
}
