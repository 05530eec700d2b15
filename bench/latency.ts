// Editor latency through the real protocol: the built server over stdio, one document open, one
// character typed at a time in the middle (in mid-sentence, or at the start of a paragraph), and
// the time until the diagnostics for that version arrive. Also didOpen -> first diagnostics, start-up, and the server's memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { extensionOf, languageIdOf, type BenchText } from './corpus';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol';
import { LspClient } from './lspClient';
import { percentile } from './timing';

/** Where the edits are typed: inside a sentence, or before a paragraph's first word. */
export type EditPlace = 'mid-sentence' | 'paragraph start';

export interface Latency {
  text: string;
  words: number;
  place: EditPlace;
  /** Process spawn -> initialize answered. */
  initializeMs: number;
  /** Process spawn -> first diagnostics of the document. */
  startToDiagnosticsMs: number;
  openToDiagnosticsMs: number;
  diagnostics: number;
  edits: number;
  editP50Ms: number;
  editP95Ms: number;
  editMaxMs: number;
  /** The server's CPU time (user + system) per edit, mean over the edits: less sensitive to other load than wall time. */
  serverCpuPerEditMs: number;
  /**
   * The server's CPU time over the first ten edits after opening, all threads: code of the editor
   * path not yet compiled by V8's optimising compiler, and its compilations, set the slowest edits.
   */
  serverCpuFirstTenEditsMs: number;
  serverCpuOpenMs: number;
  rssOpenMb: number;
  rssAfterEditsMb: number;
  /** RSS every 10 edits: garbage not yet collected shows as a rise that levels off, a leak keeps rising. */
  rssEveryTenEditsMb: number[];
  /** With tracing (--tail): each edit, where its time went. */
  traced?: EditTrace[];
  /** With tracing: the server's and the benchmark's collections over the edits, by kind. */
  gcOverEdits?: { process: 'server' | 'client'; kind: string; count: number; ms: number }[];
}

/**
 * One keystroke, traced: where it was typed, the time to its diagnostics and its parts (ms after
 * the change was sent): when the server read the change, the server began writing the publish and how long the write took (the pipe's reader drains it), when its first bytes reached
 * the client, and the client's decoding; the collections of the server and of the benchmark's own
 * process meanwhile.
 */
export interface EditTrace {
  edit: number;
  typed: string;
  line: number;
  character: number;
  totalMs: number;
  serverReadMs: number;
  serverWriteStartMs: number;
  serverWriteMs: number;
  firstBytesMs: number;
  clientDecodeMs: number;
  bytes: number;
  serverGc: string[];
  clientGc: string[];
}

const SERVER_TRACE = pathToFileURL(join(__dirname, 'serverTrace.mjs')).href;

/** What serverTrace.mjs wrote to the server's stderr, in ms since the epoch. */
function serverTrace(stderr: string): { gcs: { at: number; ms: number; kind: string }[]; writes: { start: number; end: number; bytes: number }[]; reads: number[] } {
  const gcs: { at: number; ms: number; kind: string }[] = [];
  const writes: { start: number; end: number; bytes: number }[] = [];
  const reads: number[] = [];
  for (const line of stderr.split('\n')) {
    const [tag, what, a, b, ...rest] = line.split(' ');
    if (tag !== 'trace') continue;
    if (what === 'gc') gcs.push({ at: Number(a), ms: Number(b), kind: rest.join(' ') });
    if (what === 'read') reads.push(Number(a));
    if (what === 'write') writes.push({ start: Number(a), end: Number(b), bytes: Number(rest[0]) });
  }
  return { gcs, writes, reads };
}

const CLIENT_GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

interface Position {
  line: number;
  character: number;
}

interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

const TYPED = 'and the port said so ';
const TIMEOUT_MS = 60_000;

/** LSP position of a UTF-16 offset; lines end at \r\n, \n or \r. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  const breaks = /\r\n|\n|\r/g;
  for (let match = breaks.exec(text); match && match.index < offset; match = breaks.exec(text)) {
    line++;
    lineStart = match.index + match[0].length;
  }
  return { line, character: offset - lineStart };
}

/**
 * Where to type, from the middle of the text on: after a space between two words (mid-sentence), or
 * before the first letter of a paragraph, so typing looks like writing.
 */
export function editPlace(text: string, place: EditPlace): number {
  const middle = Math.floor(text.length / 2);
  const pattern = place === 'mid-sentence' ? /(?<=\p{L} )(?=\p{L})/gu : /(?<=\n\n)(?=[\p{Lu}“"])/gu;
  pattern.lastIndex = middle;
  return pattern.exec(text)?.index ?? middle;
}

/** The process's user + system CPU time so far, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

export async function measureLatency(serverPath: string, text: BenchText, place: EditPlace, edits = 100, nodeOptions: string[] = [], trace = false): Promise<Latency> {
  const spawned = performance.now();
  const client = new LspClient(process.execPath, [...SERVER_NODE_OPTIONS, ...nodeOptions, ...(trace ? ['--import', SERVER_TRACE] : []), serverPath, '--stdio']);
  const clientGcs: { at: number; ms: number; kind: string }[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) clientGcs.push({ at: entry.startTime, ms: entry.duration, kind: CLIENT_GC_KINDS[(entry as unknown as { detail: { kind: number } }).detail.kind] ?? 'other' });
  });
  if (trace) gcObserver.observe({ entryTypes: ['gc'] });
  const parts: { sent: number; received: number; firstBytes: number; decodeMs: number; bytes: number; typed: string; at: Position }[] = [];
  const uri = `file:///bench/${text.words}-words.${extensionOf(text)}`;
  const waiters: { version: number; resolve: (params: PublishDiagnostics) => void }[] = [];
  // How the publish of each version arrived; read in the handler, before the next message replaces it.
  const arrivals = new Map<number, LspClient['lastMessage']>();
  client.on('textDocument/publishDiagnostics', (params) => {
    const published = params as PublishDiagnostics;
    if (published.uri !== uri) return;
    // Servers that do not say the version answer the oldest change still waiting.
    const index = published.version === undefined ? 0 : waiters.findIndex((w) => w.version === published.version);
    if (published.version !== undefined) arrivals.set(published.version, client.lastMessage);
    if (index >= 0 && waiters[index]) waiters.splice(index, 1)[0].resolve(published);
  });
  const diagnosticsFor = (version: number) =>
    new Promise<PublishDiagnostics>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      waiters.push({ version, resolve: (published) => (clearTimeout(timer), resolve(published)) });
    });

  try {
    const initialized = await client.request<{ capabilities: { textDocumentSync?: number | { change?: number } } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, synchronization: {} },
        workspace: { configuration: true },
      },
    });
    const initializeMs = performance.now() - spawned;
    client.notify('initialized', {});
    const sync = initialized.capabilities.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;

    let content = text.text;
    let version = 1;
    const opened = performance.now();
    const cpuBeforeOpen = cpuMs(client.pid);
    const first = diagnosticsFor(version);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: languageIdOf(text), version, text: content } });
    const firstDiagnostics = await first;
    const openToDiagnosticsMs = performance.now() - opened;
    const startToDiagnosticsMs = performance.now() - spawned;
    const rssOpenMb = rssMb(client.pid);
    const cpuAfterOpen = cpuMs(client.pid);

    const times: number[] = [];
    const rssEveryTenEditsMb: number[] = [];
    let cpuAfterTenEdits = NaN;
    let cursor = editPlace(content, place);
    const start = positionAt(content, cursor);
    for (let i = 0; i < edits; i++) {
      const typed = TYPED[i % TYPED.length];
      const at = { line: start.line, character: start.character + i };
      content = content.slice(0, cursor) + typed + content.slice(cursor);
      cursor++;
      version++;
      const change = incremental ? { range: { start: at, end: at }, text: typed } : { text: content };
      const sent = performance.now();
      const published = diagnosticsFor(version);
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await published;
      const received = performance.now();
      times.push(received - sent);
      const { firstBytesAt, parseMs, bytes } = arrivals.get(version) ?? client.lastMessage;
      parts.push({ sent, received, firstBytes: firstBytesAt, decodeMs: parseMs, bytes, typed, at });
      if (i === 9) cpuAfterTenEdits = cpuMs(client.pid);
      if ((i + 1) % 10 === 0) rssEveryTenEditsMb.push(rssMb(client.pid));
    }
    const rssAfterEditsMb = rssMb(client.pid);
    const cpuAfterEdits = cpuMs(client.pid);
    return {
      text: text.name,
      words: text.words,
      place,
      initializeMs,
      startToDiagnosticsMs,
      openToDiagnosticsMs,
      diagnostics: firstDiagnostics.diagnostics.length,
      edits,
      editP50Ms: percentile(times, 50),
      editP95Ms: percentile(times, 95),
      editMaxMs: Math.max(...times),
      serverCpuOpenMs: cpuAfterOpen - cpuBeforeOpen,
      serverCpuPerEditMs: (cpuAfterEdits - cpuAfterOpen) / edits,
      serverCpuFirstTenEditsMs: cpuAfterTenEdits - cpuAfterOpen,
      rssOpenMb,
      rssAfterEditsMb,
      rssEveryTenEditsMb,
      ...(trace ? await traceEdits(client, parts, clientGcs) : {}),
    };
  } finally {
    gcObserver.disconnect();
    await client.close();
  }
}

/** Lays the server's collections and writes, and the benchmark's own collections, beside each edit. */
async function traceEdits(
  client: LspClient,
  parts: { sent: number; received: number; firstBytes: number; decodeMs: number; bytes: number; typed: string; at: Position }[],
  clientGcs: { at: number; ms: number; kind: string }[],
): Promise<Pick<Latency, 'traced' | 'gcOverEdits'>> {
  // The observers report a moment late: let the last entries arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const { gcs, writes, reads } = serverTrace(client.stderr);
  const epoch = (ms: number) => performance.timeOrigin + ms;
  const show = (gc: { at: number; ms: number; kind: string }, from: number) => `${gc.kind} ${gc.ms.toFixed(1)} ms at +${(gc.at - from).toFixed(1)}`;
  const gcOverEdits: NonNullable<Latency['gcOverEdits']> = [];
  const total = (who: 'server' | 'client', list: { at: number; ms: number; kind: string }[], from: number, to: number) => {
    for (const gc of list.filter((g) => g.at >= from && g.at <= to)) {
      const known = gcOverEdits.find((g) => g.process === who && g.kind === gc.kind);
      if (known) {
        known.count++;
        known.ms += gc.ms;
      } else gcOverEdits.push({ process: who, kind: gc.kind, count: 1, ms: gc.ms });
    }
  };
  if (parts.length) {
    total('server', gcs, epoch(parts[0].sent), epoch(parts[parts.length - 1].received));
    total('client', clientGcs, parts[0].sent, parts[parts.length - 1].received);
  }
  const traced = parts.map((part, edit) => {
    const from = epoch(part.sent);
    const to = epoch(part.received);
    // The publish is the largest write meanwhile; a notification of the previous run may precede it.
    const publish = writes.filter((w) => w.start >= from && w.start <= to).sort((a, b) => b.bytes - a.bytes)[0];
    return {
      edit,
      typed: part.typed,
      line: part.at.line,
      character: part.at.character,
      totalMs: part.received - part.sent,
      serverReadMs: (reads.find((at) => at >= from && at <= to) ?? NaN) - from,
      serverWriteStartMs: publish ? publish.start - from : NaN,
      serverWriteMs: publish ? publish.end - publish.start : NaN,
      firstBytesMs: part.firstBytes - part.sent,
      clientDecodeMs: part.decodeMs,
      bytes: part.bytes,
      serverGc: gcs.filter((gc) => gc.at + gc.ms >= from && gc.at <= to).map((gc) => show(gc, from)),
      clientGc: clientGcs.filter((gc) => gc.at + gc.ms >= part.sent && gc.at <= part.received).map((gc) => show(gc, part.sent)),
    };
  });
  return { traced, gcOverEdits };
}
