// How long a report takes for a long article: build the model, then render each format.
// Run: npx tsx bench/report.ts [paragraphs]   (each paragraph: 3 sentences, 4 findings, 2 nested)
import type { Claim } from '../server/src/ledger/slot';
import { buildReportModel, REPORT_FORMATS, renderReport } from '../server/src/report';
import { timeMedian } from './timing';

const paragraphs = Number(process.argv[2] ?? 2000);
const sentence = '“The harbour needs €48 million 🚧 for repairs,” said Mara Lindqvist, the transport chief. ';
const filler = 'Ferry passengers from 東京 rose 12% last year, the port said. Officials reportedly disagreed.\r\n\r\n';
let text = '# A long article\r\n\r\n';
const claims: Claim[] = [];
for (let p = 0; p < paragraphs; p++) {
  const at = text.length;
  text += sentence + filler;
  const span = (from: number, length: number) => ({ start: at + from, end: at + from + length });
  const add = (kind: 'attribution' | 'quote' | 'statistic' | 'allegation', s: { start: number; end: number }, resolved: boolean) =>
    claims.push({
      status: resolved ? 'resolved' : 'open',
      range: s,
      finding: { id: `${kind}-${s.start}`, kind, ...s, message: kind },
      slot: resolved ? { id: `slot-${s.start}`, kind, anchor: { exact: '', prefix: '', suffix: '', ...s }, sources: [{ kind: 'url', target: 'https://example.org/a?b=c' }], verdict: 'verified', created: 'c', modified: 'm' } : undefined,
    });
  add('attribution', span(0, sentence.length - 1), p % 2 === 0);
  add('quote', span(0, sentence.indexOf('”') + 1), p % 3 === 0);
  add('statistic', span(sentence.indexOf('€'), 11), false);
  add('allegation', span(sentence.length + filler.indexOf('Officials'), 30), p % 5 === 0);
}

async function time(label: string, run: () => unknown): Promise<void> {
  const { medianMs, runs } = await timeMedian(run, { minMs: 1000 });
  console.log(`${label.padEnd(12)} ${medianMs.toFixed(1).padStart(8)} ms (median of ${runs})`);
}

const words = text.split(/\s+/).length;
console.log(`${paragraphs} paragraphs, ~${words} words, ${claims.length} findings`);
const metadata = { generated: '2026-11-22T08:00:00Z', organisation: { name: 'Desk' }, articles: { 'a.md': { url: 'https://example.org/a' } } };
async function main(): Promise<void> {
  await time('model', () => buildReportModel([{ path: 'a.md', text, format: 'markdown', claims }], metadata));
  const model = buildReportModel([{ path: 'a.md', text, format: 'markdown', claims }], metadata);
  for (const format of REPORT_FORMATS) await time(format, () => renderReport(model, format));
}

void main();
