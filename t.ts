import { readFileSync } from 'node:fs';
import { analyze } from './server/src/analysis/analyze';
const text = readFileSync('/work/shared/seed-article.txt', 'utf8');
for (const f of analyze(text)) {
  const s = (sp?: {start:number,end:number}) => sp ? JSON.stringify(text.slice(sp.start, sp.end)).slice(0,70) : '-';
  console.log(f.kind, s(f), '| cue', s(f.cue), '| spk', s(f.speaker), f.speaker?.name ?? '', '| mention', s(f.speakerMention), '\n   content', s(f.content), '\n   ', f.message);
}
