// `npm run bench -- --only worst` (and part of the whole run): issue 14's hostile texts, generated
// here from words written for this project, each through the CLI (one file, start-up included) and
// through the built server (open it, then type one character in its middle) while another article
// is hovered one request after another: the slowest hover says whether the text held the server.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../server/src/article/settings';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol';
import { positionAt, rssMb } from './latency';
import { LspClient } from './lspClient';
import { percentile } from './timing';

export interface WorstCase {
  text: string;
  characters: number;
  /** Median wall time of `factcheck check FILE`, start-up included, and its peak memory. */
  cliMs: number;
  cliPeakRssMb: number;
  /** The CLI's first line on stderr when it refused the file; null when it checked it. */
  cliRefusal: string | null;
  /** didOpen -> its diagnostics, and one keystroke in the middle -> the next ones. */
  openMs: number;
  keystrokeMs: number;
  /** Whether the server published "not analysed" instead of findings. */
  serverRefused: boolean;
  diagnostics: number;
  serverRssMb: number;
  /** Hovers on another article answered while the text was opened and typed in, and the slowest. */
  hovers: number;
  slowestHoverMs: number;
}

const CUE_DENSE_WORDS = 'harbour council said the ferry pier levy rose board port ';
const WORDS = CUE_DENSE_WORDS.trim().split(' ');

/**
 * Pieces made by `piece` from words drawn in a fixed pseudo-random order, cut at the last space
 * within `length`: no two stretches of the text repeat, so the server's cache of paragraphs it
 * has seen cannot flatter it.
 */
function varied(length: number, piece: (word: string) => string): string {
  let seed = 1;
  const parts: string[] = [];
  for (let total = 0; total <= length; total += parts[parts.length - 1].length) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    parts.push(piece(WORDS[(seed >>> 16) % WORDS.length]));
  }
  const text = parts.join('');
  return text.slice(0, text.lastIndexOf(' ', length));
}

/** The texts, longest last: each stands for a way text has frozen the analysis before. */
export function worstTexts(limit = DEFAULT_SETTINGS.maxDocumentLength): { name: string; text: string }[] {
  const line = (length: number) => CUE_DENSE_WORDS.repeat(Math.ceil(length / CUE_DENSE_WORDS.length)).slice(0, length);
  return [
    { name: '`he said` on 16,000 lines', text: 'he said\n'.repeat(16_000) },
    { name: '`“He said Jin` on 20,000 lines', text: '“He said Jin\n'.repeat(20_000) },
    { name: '`prices rose 14% and ` × 5,000', text: 'prices rose 14% and '.repeat(5_000) },
    // The bound: any 128 KB text in under a second. Short quotes cost the most per character.
    { name: '`“…,” he said. ` for 128 KB', text: varied(128 * 1024, (word) => `“${word},” he said. `) },
    { name: '`“…,” he said. ` to the limit', text: varied(limit, (word) => `“${word},” he said. `) },
    { name: 'one line of words, the limit', text: varied(limit, (word) => `${word} `) },
    { name: 'one line of 9.9 million characters', text: line(9_900_000) },
  ];
}

const CPU_AT_EXIT = pathToFileURL(join(__dirname, 'cpuAtExit.mjs')).href;

function cliRuns(file: string, runs: number): Pick<WorstCase, 'cliMs' | 'cliPeakRssMb' | 'cliRefusal'> {
  const wall: number[] = [];
  let peakKb = 0;
  let refusal: string | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, join(process.cwd(), 'dist/cli.js'), 'check', file], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    wall.push(performance.now() - start);
    peakKb = Math.max(peakKb, Number(run.output[3]?.toString().split(' ')[1]));
    refusal = run.status === 0 || run.status === 1 ? null : (run.stderr.toString().split('\n')[0] ?? `exit ${run.status}`);
  }
  return { cliMs: percentile(wall, 50), cliPeakRssMb: Math.round(peakKb / 1024), cliRefusal: refusal };
}

const OTHER = 'file:///bench/other.txt';
const OTHER_TEXT = 'Harbour master Ines Moreau said the berth was sound.\n“It will hold,” she said.\n';

interface Published {
  uri: string;
  version?: number;
  diagnostics: { code?: string }[];
}

/** Opens `text` beside another article, types once in its middle, and hovers the other article throughout. */
async function serverRun(serverPath: string, text: string): Promise<Omit<WorstCase, 'text' | 'characters' | 'cliMs' | 'cliPeakRssMb' | 'cliRefusal'>> {
  const client = new LspClient(process.execPath, [...SERVER_NODE_OPTIONS, serverPath, '--stdio']);
  const uri = 'file:///bench/worst.txt';
  const waiting = new Map<string, (published: Published) => void>();
  client.on('textDocument/publishDiagnostics', (params) => {
    const published = params as Published;
    const key = `${published.uri}@${published.version}`;
    waiting.get(key)?.(published);
    waiting.delete(key);
  });
  const publishOf = (of: string, version: number) => new Promise<Published>((resolve) => waiting.set(`${of}@${version}`, resolve));
  const hoverTimes: number[] = [];
  /** Hovers the other article, each request sent when the last was answered, until `done` settles. */
  const hoverUntil = async <T>(done: Promise<T>): Promise<T> => {
    let settled = false;
    const result = done.finally(() => (settled = true));
    while (!settled) {
      const sent = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri: OTHER }, position: { line: 1, character: 3 } });
      hoverTimes.push(performance.now() - sent);
    }
    return result;
  };
  try {
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    client.notify('initialized', {});
    const other = publishOf(OTHER, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: OTHER, languageId: 'plaintext', version: 1, text: OTHER_TEXT } });
    await other;

    const opened = performance.now();
    const first = publishOf(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await hoverUntil(first);
    const openMs = performance.now() - opened;

    const at = positionAt(text, Math.floor(text.length / 2));
    const typed = performance.now();
    const second = publishOf(uri, 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    await hoverUntil(second);
    return {
      openMs,
      keystrokeMs: performance.now() - typed,
      serverRefused: published.diagnostics.some((d) => d.code === 'not-analysed'),
      diagnostics: published.diagnostics.length,
      serverRssMb: rssMb(client.pid),
      hovers: hoverTimes.length,
      slowestHoverMs: Math.max(0, ...hoverTimes),
    };
  } finally {
    await client.close();
  }
}

/** The hostile texts, and after them `others` (the longest real news: how long an ordinary long article holds the server). */
export async function measureWorstCases(serverPath: string, others: { name: string; text: string }[] = [], runs = 3, log: (line: string) => void = () => undefined): Promise<WorstCase[]> {
  const folder = mkdtempSync(join(tmpdir(), 'factcheck-bench-worst-'));
  try {
    const results: WorstCase[] = [];
    for (const { name, text } of [...worstTexts(), ...others]) {
      const file = join(folder, 'worst.txt');
      writeFileSync(file, text);
      const result = { text: name, characters: text.length, ...cliRuns(file, runs), ...(await serverRun(serverPath, text)) };
      results.push(result);
      log(`${name}: CLI ${result.cliMs.toFixed(0)} ms, open ${result.openMs.toFixed(0)} ms, keystroke ${result.keystrokeMs.toFixed(0)} ms, slowest hover ${result.slowestHoverMs.toFixed(0)} ms`);
    }
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ms = (value: number) => Math.round(value).toLocaleString('en-GB');

/** One row per text: each figure against issue 14's second, the hovers against 100 ms. */
export function printWorstCases(cases: WorstCase[]): void {
  if (!cases.length) return;
  const header = ['worst-case text', 'characters', 'CLI ms (MB)', 'open → diagnostics ms', 'keystroke ms', 'hovers, slowest ms'];
  const rows = cases.map((c) => [
    c.text,
    c.characters.toLocaleString('en-GB'),
    c.cliRefusal ? `refused, ${ms(c.cliMs)}` : `${ms(c.cliMs)} (${c.cliPeakRssMb})`,
    c.serverRefused ? `refused, ${ms(c.openMs)}` : `${ms(c.openMs)} (${c.diagnostics} shown)`,
    ms(c.keystrokeMs),
    `${c.hovers}, ${ms(c.slowestHoverMs)}`,
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  console.log('targets: every text checked, opened and typed in within 1,000 ms or refused with a message; hovers elsewhere answered within 100 ms');
}
