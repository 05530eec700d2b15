// Re-anchoring and joining on a long article (about 600 KB, 500 slots) after typical and worst-case
// edits. Run: npm run bench:ledger
import type { Finding } from '../server/src/analysis/finding';
import { anchorAt } from '../server/src/ledger/anchor';
import { joinClaims } from '../server/src/ledger/join';
import type { SourceSlot } from '../server/src/ledger/slot';

const PLACES = ['Harwick', 'Lowmere', 'Tessan', 'Brindle', 'Orrin Bay', '港口区', 'Saint-Élo'];
const VERBS = ['said', 'told reporters', 'added', 'claimed', 'wrote in a statement'];

function sentence(i: number): string {
  const place = PLACES[i % PLACES.length];
  return `Freight through ${place} rose ${(i * 7) % 97}% in quarter ${i % 4 + 1}, the port office ${VERBS[i % VERBS.length]} on day ${i}. `;
}

function buildArticle(targetLength: number): { text: string; findings: Finding[] } {
  let text = '';
  const findings: Finding[] = [];
  for (let i = 0; text.length < targetLength; i++) {
    const s = sentence(i);
    findings.push({ id: `f${i}`, kind: 'statistic', start: text.length, end: text.length + s.indexOf(',') , message: '' });
    text += s + (i % 6 === 5 ? '\n\n' : '');
  }
  return { text, findings };
}

function time(label: string, run: () => unknown, repeat = 3): void {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < repeat; i++) {
    const started = process.hrtime.bigint();
    result = run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${samples[Math.floor(samples.length / 2)].toFixed(1).padStart(8)} ms   ${String(result)}`);
}

const { text, findings } = buildArticle(600_000);
const step = Math.floor(findings.length / 500);
const slots: SourceSlot[] = findings
  .filter((_, i) => i % step === 0)
  .slice(0, 500)
  .map((f, i) => ({ id: `s${i}`, kind: f.kind, anchor: anchorAt(text, f), sources: [], verdict: 'verified', created: '', modified: '' }));

const summary = (t: string, f: Finding[]) => () => {
  const claims = joinClaims(t, f, slots);
  const orphaned = claims.filter((c) => c.status === 'orphaned').length;
  return `${claims.length} claims, ${orphaned} orphaned`;
};

console.log(`article ${(text.length / 1000).toFixed(0)} k characters, ${findings.length} findings, ${slots.length} slots`);
time('unchanged text', summary(text, findings));
const prefix = 'EDITOR’S NOTE: this story was updated.\n\n';
time('paragraph inserted at the top (every slot moves)', summary(prefix + text, findings.map((f) => ({ ...f, start: f.start + prefix.length, end: f.end + prefix.length }))));
time('CRLF line endings', summary(text.replace(/\n/g, '\r\n'), []));
const retouched = text.replace(/ rose (\d+)% in quarter/g, ' rose by $1 per cent in Q');
time('every claim edited inside (context / fuzzy)', summary(retouched, []));
time('whole text replaced (every slot searched, orphaned)', summary('Nothing left of the old story. '.repeat(20_000), []), 1);
