// Editor latency through the real protocol: the built server over stdio, one document open, one
// character typed at a time in the middle (in mid-sentence, or at the start of a paragraph), and
// the time until the diagnostics for that version arrive. Also didOpen -> first diagnostics, start-up, and the server's memory.
import { readFileSync } from 'node:fs';
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
  serverCpuOpenMs: number;
  rssOpenMb: number;
  rssAfterEditsMb: number;
  /** RSS every 10 edits: garbage not yet collected shows as a rise that levels off, a leak keeps rising. */
  rssEveryTenEditsMb: number[];
}

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

export async function measureLatency(serverPath: string, text: BenchText, place: EditPlace, edits = 100, nodeOptions: string[] = []): Promise<Latency> {
  const spawned = performance.now();
  const client = new LspClient(process.execPath, [...SERVER_NODE_OPTIONS, ...nodeOptions, serverPath, '--stdio']);
  const uri = `file:///bench/${text.words}-words.${extensionOf(text)}`;
  const waiters: { version: number; resolve: (params: PublishDiagnostics) => void }[] = [];
  client.on('textDocument/publishDiagnostics', (params) => {
    const published = params as PublishDiagnostics;
    if (published.uri !== uri) return;
    // Servers that do not say the version answer the oldest change still waiting.
    const index = published.version === undefined ? 0 : waiters.findIndex((w) => w.version === published.version);
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
      times.push(performance.now() - sent);
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
      rssOpenMb,
      rssAfterEditsMb,
      rssEveryTenEditsMb,
    };
  } finally {
    await client.close();
  }
}
