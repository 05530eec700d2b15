// Source checks on a long document: every quote of a 2,000-word article checked against a
// 300-page PDF. First in this process (reading, indexing, checking), then through the built
// server over stdio: time to the first check shown and to all of them, with typing latency
// measured while the checks run and after. The PDF and the article are generated here (made-up
// words, no publication's text). Part of `npm run bench` (its rows in the table and results.json;
// --no-sources skips it); alone: npm run build && npm run bench:sources
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../server/src/analysis/engine/analyze';
import { anchorAt } from '../server/src/ledger/anchor';
import { formatSidecar } from '../server/src/ledger/sidecarFormat';
import type { SourceSlot } from '../server/src/ledger/slot';
import { checkQuote } from '../server/src/sourceCheck/quoteCheck';
import { SourceIndex } from '../server/src/sourceCheck/sourceIndex';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol';
import { readSourceFile } from '../server/src/sources/readSource';
import { makePdf } from '../test/support/sourceFixtures';
import { LspClient } from './lspClient';
import { percentile } from './timing';

const PAGES = 300;
const LINES_PER_PAGE = 42;
const WORDS_PER_LINE = 11;
const QUOTES = 40;
const NOW = '2026-12-01T00:00:00.000Z';
const SERVER = path.resolve(__dirname, '../dist/server.js');

const WORDS = (
  'the council board harbour tender review decision contract dredging quay north south ferry fares winter summer report ' +
  'inspectors findings repairs cost million pounds months staff clock wall cracks defendant claimant accounts loss ' +
  'payment notice hearing witness evidence exhibit schedule clause agreement party parties court order section ' +
  'pursuant thereof herein said which would could should also further however because before after during within ' +
  'not never every most many some all each other such only more less first second third final annual quarterly'
).split(' ');

/** A small deterministic generator: the same document on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pages(): string[][] {
  const next = random(7);
  const word = () => WORDS[Math.floor(next() * WORDS.length)];
  return Array.from({ length: PAGES }, (_, p) =>
    Array.from({ length: LINES_PER_PAGE }, (_, l) => {
      const line = Array.from({ length: WORDS_PER_LINE }, word);
      if (l % 7 === 3) line.splice(4, 1, `${(p * 31 + l) % 97}`);
      return `${line.join(' ')}${l % 3 === 2 ? '.' : ''}`;
    }),
  );
}

/** About 2,000 words: narrative paragraphs and QUOTES quotes, most taken from the PDF's lines, some changed, some invented. */
function article(lines: string[]): string {
  const next = random(11);
  const paragraphs: string[] = [];
  for (let q = 0; q < QUOTES; q++) {
    const line = lines[Math.floor(next() * lines.length)].replace(/\.$/, '');
    const words = line.split(' ');
    const quote = q % 4 === 1 ? words.filter((w) => w !== 'not').join(' ') + ' not' : q % 4 === 2 ? words.slice(0, 8).join(' ') : q % 8 === 3 ? 'Ferries will run every hour from Monday' : words.join(' ');
    paragraphs.push(`“${quote[0].toUpperCase()}${quote.slice(1)},” said Ada Moss, the director. The board met on Tuesday in the old customs hall to go through the papers again. Members asked for the minutes of the last three meetings, and the clerk promised to circulate them before the next session of the committee.`);
  }
  return `${paragraphs.join('\n\n')}\n\nThe harbour was quiet that evening.\n`;
}

/** Typing latency over a run of one-character edits. */
export interface TypingLatency {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  edits: number;
}

export interface SourcesResult {
  pdfPages: number;
  pdfWords: number;
  articleWords: number;
  quotes: number;
  /** In this process: reading the PDF, indexing its words, checking every quote. */
  readPdfMs: number;
  indexMs: number;
  checkAllMs: number;
  /** Through the built server over stdio, from didOpen. */
  firstDiagnosticsMs: number;
  firstCheckMs: number;
  allChecksMs: number;
  /** Null when the checks were all done before a first edit could be typed. */
  typingWhileChecking: TypingLatency | null;
  typingAfter: TypingLatency;
}

function typingLatency(xs: number[]): TypingLatency | null {
  return xs.length ? { p50Ms: percentile(xs, 50), p95Ms: percentile(xs, 95), maxMs: Math.max(...xs), edits: xs.length } : null;
}

function ms(since: number): number {
  return performance.now() - since;
}

async function inProcess(pdfPath: string, quotes: string[], log: (line: string) => void): Promise<Pick<SourcesResult, 'pdfWords' | 'readPdfMs' | 'indexMs' | 'checkAllMs'>> {
  let started = performance.now();
  const source = await readSourceFile(pdfPath);
  const readMs = ms(started);
  started = performance.now();
  const index = new SourceIndex(source);
  const indexMs = ms(started);
  started = performance.now();
  const statuses = quotes.map((q) => checkQuote(q, index).status);
  const checkMs = ms(started);
  const counts = statuses.reduce<Record<string, number>>((c, s) => ((c[s] = (c[s] ?? 0) + 1), c), {});
  log(`in process: ${index.words.length.toLocaleString('en')} words on ${source.pageStarts?.length} pages`);
  log(`  read PDF ${readMs.toFixed(0)} ms · index ${indexMs.toFixed(0)} ms · ${quotes.length} quotes checked ${checkMs.toFixed(1)} ms (${(checkMs / quotes.length).toFixed(2)} ms each) · ${JSON.stringify(counts)}`);
  return { pdfWords: index.words.length, readPdfMs: readMs, indexMs, checkAllMs: checkMs };
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: { code?: string; message: string }[];
}

type StdioFigures = Pick<SourcesResult, 'firstDiagnosticsMs' | 'firstCheckMs' | 'allChecksMs' | 'typingWhileChecking' | 'typingAfter'>;

async function overStdio(server: string, dir: string, articlePath: string, text: string, quoteCount: number, log: (line: string) => void): Promise<StdioFigures> {
  const uri = pathToFileURL(articlePath).href;
  const client = new LspClient(process.execPath, [...SERVER_NODE_OPTIONS, server, '--stdio']);
  const published: { at: number; p: Published }[] = [];
  const waiters: { test: (p: Published) => boolean; resolve: () => void }[] = [];
  client.on('textDocument/publishDiagnostics', (params) => {
    const p = params as Published;
    if (p.uri !== uri) return;
    published.push({ at: performance.now(), p });
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].test(p)) waiters.splice(i, 1)[0].resolve();
  });
  const when = (test: (p: Published) => boolean) => new Promise<void>((resolve) => waiters.push({ test, resolve }));
  const checked = (p: Published) => p.diagnostics.filter((d) => d.code === 'quote' && / — source check: /.test(d.message)).length;
  try {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }], capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    client.notify('initialized', {});
    const opened = performance.now();
    const firstPublish = when(() => true);
    const firstCheck = when((p) => checked(p) > 0);
    const allChecks = when((p) => checked(p) >= quoteCount);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await firstPublish;
    const firstDiagnosticsMs = ms(opened);

    // Typing at the end of the article while the checks run: one character, then its diagnostics.
    let content = text;
    let version = 1;
    const typing: number[] = [];
    let done = false;
    void allChecks.then(() => (done = true));
    const type = async (): Promise<number> => {
      const line = content.split('\n').length - 1;
      const character = content.length - content.lastIndexOf('\n') - 1;
      content += 'x';
      version++;
      const v = version;
      const sent = performance.now();
      const arrived = when((p) => p.version === v);
      client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
      await arrived;
      return ms(sent);
    };
    while (!done) typing.push(await type());
    await firstCheck;
    const firstCheckAt = published.find((e) => checked(e.p) > 0)!.at - opened;
    const allChecksMs = published.find((e) => checked(e.p) >= quoteCount)!.at - opened;
    const after: number[] = [];
    for (let i = 0; i < 30; i++) after.push(await type());
    const show = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} · p95 ${percentile(xs, 95).toFixed(1)} · max ${Math.max(...xs).toFixed(1)} ms (${xs.length} edits)`;
    log(`over stdio (built server, worker thread):`);
    log(`  didOpen → first diagnostics ${firstDiagnosticsMs.toFixed(0)} ms · → first source check shown ${firstCheckAt.toFixed(0)} ms · → all ${quoteCount} quotes checked ${allChecksMs.toFixed(0)} ms`);
    log(`  typing while the checks run: ${typing.length ? show(typing) : 'none (checks done first)'}`);
    log(`  typing after:                ${show(after)}`);
    return { firstDiagnosticsMs, firstCheckMs: firstCheckAt, allChecksMs, typingWhileChecking: typingLatency(typing), typingAfter: typingLatency(after)! };
  } finally {
    await client.close();
  }
}

/** The whole source-check bench: generated PDF and article, in process, then through `server` over stdio. */
export async function measureSources(server = SERVER, log: (line: string) => void = console.log): Promise<SourcesResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-bench-sources-'));
  try {
    const content = pages();
    const pdfPath = path.join(dir, 'complaint.pdf');
    const started = performance.now();
    writeFileSync(pdfPath, await makePdf(content));
    log(`generated a ${PAGES}-page PDF in ${ms(started).toFixed(0)} ms`);
    const text = article(content.flat());
    const quotes = analyze(text).filter((f) => f.kind === 'quote');
    const articleWords = text.split(/\s+/).length;
    log(`article: ${articleWords} words, ${quotes.length} quotes`);
    const local = await inProcess(pdfPath, quotes.map((q) => text.slice((q.content ?? q).start, (q.content ?? q).end)), log);

    const articlePath = path.join(dir, 'story.txt');
    writeFileSync(articlePath, text);
    const slots: SourceSlot[] = quotes.map((q, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, kind: 'quote', anchor: anchorAt(text, q), sources: [{ kind: 'file', target: 'complaint.pdf' }], created: NOW, modified: NOW }));
    writeFileSync(`${articlePath}.factcheck.json`, formatSidecar('story.txt', slots));
    const stdio = await overStdio(server, dir, articlePath, text, quotes.length, log);
    return { pdfPages: PAGES, articleWords, quotes: quotes.length, ...local, ...stdio };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void measureSources();
