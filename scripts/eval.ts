// Evaluates the detector on a corpus in the JSONL format of the shared corpus README:
//   npm run eval -- CORPUS.jsonl [--held-out | --tuning] [--min attr_cue.overlap=0.75 ...] [--errors KIND] [--limit 40] [--examples 4] [--edges FILE]
// KIND is a span kind, direct_quote_joined or quote_speaker; --limit caps the categories listed,
// --examples the examples shown per category. --held-out scores only the documents whose FNV-1a id
// hash is divisible by 5: the part that lexicon choices and scripts/train-check-worthiness.ts never
// read, so figures on szeged and ClaimBuster are not scored on what was tuned on. --tuning scores
// only the rest: the part every tuning decision is made on.
// Prints precision, recall and F1 per span kind present in the corpus, for exact and one-to-one
// overlap matching (for PolNeAR also direct_quote_joined: the direct quotes with the quotations its
// annotators marked sentence by sentence read whole, see eval/joinedQuotes.ts), the check-worthy
// sentence figures and quote speaker accuracy. --edges scores with a span-edge model written by
// scripts/eval/train-span-edges.ts --out FILE instead of the shipped one: one trained on half of
// train scores the other half as text it never read (scripts/eval/halves.sh). Exits non-zero
// when a --min threshold (kind.exact | kind.overlap | quote_speaker.accuracy, on F1) fails.
import { analyze } from '../server/src/analysis/engine/analyze';
import type { Finding } from '../server/src/analysis/finding';
import { isHeldOut, readCorpus, type CorpusDocument } from './eval/corpus';
import { add, count, overlapPairs, scores, type Counts, type Range } from './eval/match';
import { predictedSpans, quotations, type PredictedKind } from './eval/predict';
import { printErrors, type ErrorCase } from './eval/errors';
import { joinedDirectQuotes } from './eval/joinedQuotes';
import { readFileSync } from 'node:fs';
import { SPAN_EDGES } from '../server/src/analysis/models/spanEdges';

const SPAN_KINDS: PredictedKind[] = ['attr_cue', 'attr_source', 'attr_content', 'direct_quote', 'hedge_cue'];
const CHECKWORTHY_KINDS = new Set(['statistic', 'unattributed']);

interface Options {
  corpus: string;
  minimums: Map<string, number>;
  errors?: string;
  limit: number;
  examples: number;
  heldOut: boolean;
  tuning: boolean;
  edges?: string;
}

function parseArguments(argv: string[]): Options {
  const options: Options = { corpus: '', minimums: new Map(), limit: 40, examples: 4, heldOut: false, tuning: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--min') {
      const [name, value] = (argv[++i] ?? '').split('=');
      if (!name || Number.isNaN(Number(value))) throw new Error(`--min wants name=value, got "${argv[i]}"`);
      options.minimums.set(name, Number(value));
    } else if (argument === '--held-out') {
      options.heldOut = true;
    } else if (argument === '--tuning') {
      options.tuning = true;
    } else if (argument === '--edges') {
      options.edges = argv[++i];
    } else if (argument === '--errors') {
      options.errors = argv[++i];
    } else if (argument === '--examples') {
      options.examples = Number(argv[++i]);
    } else if (argument === '--limit') {
      options.limit = Number(argv[++i]);
    } else if (!options.corpus) {
      options.corpus = argument;
    } else {
      throw new Error(`unexpected argument "${argument}"`);
    }
  }
  if (!options.corpus) throw new Error('usage: npm run eval -- CORPUS.jsonl [--held-out | --tuning] [--min kind.exact=0.8] [--errors kind]');
  if (options.heldOut && options.tuning) throw new Error('--held-out and --tuning score disjoint parts: pick one');
  return options;
}

/** Gold spans of one kind, trimmed of surrounding white space (some corpus spans carry a newline). */
function goldSpans(document: CorpusDocument, kind: string): Range[] {
  return document.spans
    .filter((span) => span.kind === kind)
    .map(({ start, end }) => {
      while (start < end && /\s/.test(document.text[start])) start++;
      while (end > start && /\s/.test(document.text[end - 1])) end--;
      return { start, end };
    });
}

/** Units (sentences, or the whole document) and whether each is gold / predicted check-worthy. */
function checkworthy(document: CorpusDocument, findings: Finding[]): Counts {
  const units: Range[] = document.sentences?.length ? document.sentences : [{ start: 0, end: document.text.length }];
  const gold = goldSpans(document, 'checkworthy_claim');
  const counts: Counts = { gold: 0, predicted: 0, exact: 0, overlap: 0 };
  for (const unit of units) {
    const within = (span: Range) => span.start < unit.end && unit.start < span.end;
    const isGold = gold.some(within);
    const isPredicted = findings.some((f) => CHECKWORTHY_KINDS.has(f.kind) && within(f));
    counts.gold += Number(isGold);
    counts.predicted += Number(isPredicted);
    counts.exact += Number(isGold && isPredicted);
    counts.overlap += Number(isGold && isPredicted);
  }
  return counts;
}

/** Gold direct quotes linked to a source: found ones, and how many got a speaker on the source. */
function speakerAccuracy(document: CorpusDocument, findings: Finding[], wrong?: string[]): { quotes: number; found: number; right: number } {
  const result = { quotes: 0, found: 0, right: 0 };
  // Each quotation of a quote on its own, with the quote's speaker: the corpus links each part.
  const quotes = findings.filter((f) => f.kind === 'quote').flatMap((f) => quotations(f).map((range) => ({ ...range, speaker: f.speaker })));
  for (const relation of document.relations ?? []) {
    if (!relation.direct_quote || !relation.source.length) continue;
    const sources = relation.source.map(([start, end]) => ({ start, end }));
    for (const [start, end] of relation.content) {
      result.quotes++;
      const pair = overlapPairs([{ start, end }], quotes)[0];
      if (!pair) continue;
      result.found++;
      const speaker = quotes[pair[1]].speaker;
      if (speaker && sources.some((s) => s.start < speaker.end && speaker.start < s.end)) result.right++;
      else wrong?.push(speakerError(document.text, { start, end }, sources[0], speaker));
    }
  }
  return result;
}

function speakerError(text: string, quote: Range, source: Range, speaker: Range | undefined): string {
  const said = (span: Range | undefined) => (span ? JSON.stringify(text.slice(span.start, span.end)) : 'none');
  const from = Math.max(0, Math.min(quote.start, source.start) - 40);
  const to = Math.min(text.length, Math.max(quote.end, source.end) + 40);
  const window = text.slice(from, to).replace(/\s+/g, ' ');
  return `${speaker ? 'wrong' : 'none'}: gold ${said(source)} predicted ${said(speaker)}\n   ${window.length > 400 ? window.slice(0, 200) + ' … ' + window.slice(-200) : window}`;
}

function main(): number {
  const options = parseArguments(process.argv.slice(2));
  // Before the first analysis: the detector builds its weight table once, on first use.
  if (options.edges) Object.assign(SPAN_EDGES, JSON.parse(readFileSync(options.edges, 'utf8')));
  const all = readCorpus(options.corpus);
  const documents = options.heldOut ? all.filter(isHeldOut) : options.tuning ? all.filter((d) => !isHeldOut(d)) : all;
  const totals = new Map<string, Counts>();
  const speakers = { quotes: 0, found: 0, right: 0 };
  const errors: ErrorCase[] = [];
  const speakerErrors: string[] = [];
  const present = new Set(documents.flatMap((d) => d.spans.map((s) => s.kind)));
  let words = 0;
  const started = performance.now();
  for (const document of documents) {
    const findings = analyze(document.text, { format: 'plaintext' });
    words += document.text.split(/\s+/).filter(Boolean).length;
    const predicted = predictedSpans(findings, document.text);
    for (const kind of SPAN_KINDS) {
      if (!present.has(kind)) continue;
      const gold = goldSpans(document, kind);
      const counts = count(gold, predicted[kind]);
      if (!totals.has(kind)) totals.set(kind, { gold: 0, predicted: 0, exact: 0, overlap: 0 });
      add(totals.get(kind)!, counts);
      if (options.errors === kind) errors.push({ document, gold, predicted: predicted[kind] });
    }
    if (present.has('direct_quote') && document.relations) {
      // The same predictions against quotations marked piece by piece read whole (see joinedQuotes.ts).
      const gold = joinedDirectQuotes(document);
      if (!totals.has('direct_quote_joined')) totals.set('direct_quote_joined', { gold: 0, predicted: 0, exact: 0, overlap: 0 });
      add(totals.get('direct_quote_joined')!, count(gold, predicted.direct_quote));
      if (options.errors === 'direct_quote_joined') errors.push({ document, gold, predicted: predicted.direct_quote });
    }
    if (present.has('checkworthy_claim')) {
      if (!totals.has('checkworthy_claim')) totals.set('checkworthy_claim', { gold: 0, predicted: 0, exact: 0, overlap: 0 });
      add(totals.get('checkworthy_claim')!, checkworthy(document, findings));
    }
    const accuracy = speakerAccuracy(document, findings, options.errors === 'quote_speaker' ? speakerErrors : undefined);
    speakers.quotes += accuracy.quotes;
    speakers.found += accuracy.found;
    speakers.right += accuracy.right;
  }
  const seconds = (performance.now() - started) / 1000;
  const figures = new Map<string, number>();
  const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => (i ? String(c).padStart(8) : String(c).padEnd(20))).join(' '));
  const part = options.heldOut
    ? ` (held out: hash % 5 == 0, ${documents.length} of ${all.length})`
    : options.tuning
      ? ` (tuning part: hash % 5 != 0, ${documents.length} of ${all.length})`
      : '';
  console.log(`${options.corpus}${part}: ${documents.length} documents, ${words} words, ${Math.round(words / seconds)} words/s`);
  row(['kind', 'gold', 'pred', 'P exact', 'R exact', 'F1 exact', 'P ovl', 'R ovl', 'F1 ovl']);
  for (const [kind, c] of totals) {
    const exact = scores(c.exact, c.gold, c.predicted);
    const overlap = scores(c.overlap, c.gold, c.predicted);
    figures.set(`${kind}.exact`, exact.f);
    figures.set(`${kind}.overlap`, overlap.f);
    const f = (n: number) => n.toFixed(3);
    row([kind, c.gold, c.predicted, f(exact.p), f(exact.r), f(exact.f), f(overlap.p), f(overlap.r), f(overlap.f)]);
  }
  if (speakers.quotes) {
    const accuracy = speakers.found ? speakers.right / speakers.found : 0;
    figures.set('quote_speaker.accuracy', accuracy);
    console.log(
      `quote speaker accuracy: ${accuracy.toFixed(3)} (${speakers.right} of ${speakers.found} gold quotes found; ${speakers.quotes} gold quotes with a source)`,
    );
  }
  if (options.errors === 'quote_speaker') {
    console.log(`\n== quote speaker errors: ${speakerErrors.length} (${speakerErrors.filter((e) => e.startsWith('none')).length} with no speaker)`);
    for (const error of speakerErrors.slice(0, options.limit)) console.log(error);
  } else if (options.errors) {
    printErrors(options.errors, errors, options.limit, options.examples);
  }
  let failed = 0;
  for (const [name, minimum] of options.minimums) {
    const value = figures.get(name);
    if (value === undefined || value < minimum) {
      console.error(`FAIL ${name} = ${value === undefined ? 'n/a' : value.toFixed(3)} < ${minimum}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
