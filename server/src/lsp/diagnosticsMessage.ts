// The encoder of the server's messages over a stream (--stdio). On a long article every keystroke
// republishes thousands of diagnostics, nearly all of them the same objects as in the previous
// publish (DiagnosticCache) or the same but for the id in their `data` (moved with the text after
// the edit); encoding the whole message anew each time was about a third of the server's work per
// keystroke. So a publishDiagnostics message is written as bytes straight away: each diagnostic
// remembers where its JSON lies in the last message it was sent in, and the next message copies
// those bytes; only new diagnostics (and moved ones' `data`) are encoded. Parsed, the message is
// the same value as JSON.stringify gives; any other message is encoded as vscode-jsonrpc does.
import type { Diagnostic } from 'vscode-languageserver';
import type { ContentTypeEncoder } from 'vscode-languageserver/node';

/** Where a diagnostic's JSON lies in a message: its fields but `data` from `start`, then `data` and the closing brace up to `end`. */
interface Encoded {
  bytes: Buffer;
  start: number;
  dataAt: number;
  end: number;
}

// Hidden properties (symbol keys, not enumerable): JSON.stringify, spreads and comparisons leave
// them out, and no lookup table has to be kept or collected.
const ENCODED = Symbol('encoded');
const MOVED_FROM = Symbol('moved from');

type Kept = Diagnostic & { [ENCODED]?: Encoded; [MOVED_FROM]?: Kept };

function hide(diagnostic: Kept, key: typeof ENCODED | typeof MOVED_FROM, value: Encoded | Kept | undefined): void {
  Object.defineProperty(diagnostic, key, { value, writable: true, configurable: true, enumerable: false });
}

/** Says that `moved` is `original` but for its `data`, so the next message copies most of its JSON. */
export function sameButData(moved: Diagnostic, original: Diagnostic): void {
  hide(moved, MOVED_FROM, original);
}

interface PublishMessage {
  jsonrpc: string;
  method: 'textDocument/publishDiagnostics';
  params: { uri: string; version?: number; diagnostics: Diagnostic[] };
}

export function isPublish(message: unknown): message is PublishMessage {
  const { method, params } = message as { method?: unknown; params?: { diagnostics?: unknown } };
  return method === 'textDocument/publishDiagnostics' && Array.isArray(params?.diagnostics);
}

const dataJson = (diagnostic: Diagnostic) => (diagnostic.data === undefined ? '}' : `,"data":${JSON.stringify(diagnostic.data)}}`);

/** A publish's bytes: the kept JSON of the diagnostics sent before, new JSON for the rest. */
export function publishBytes(message: PublishMessage): Buffer {
  const { diagnostics, ...params } = message.params;
  const opening = `${JSON.stringify({ ...message, params }).slice(0, -2)}${Object.keys(params).length ? ',' : ''}"diagnostics":[`;
  // First the size: what is copied, and the JSON of what is new.
  const kept = diagnostics as Kept[];
  // Only the diagnostics not sent before have JSON of their own: a few per keystroke.
  const heads = new Map<number, string>();
  const tails = new Map<number, string>();
  let size = Buffer.byteLength(opening) + Math.max(0, kept.length - 1) + 3;
  for (let i = 0; i < kept.length; i++) {
    const diagnostic = kept[i];
    const encoded = diagnostic[ENCODED];
    if (encoded) {
      size += encoded.end - encoded.start;
      continue;
    }
    const original = diagnostic[MOVED_FROM]?.[ENCODED];
    if (original) size += original.dataAt - original.start;
    else {
      const head = JSON.stringify({ ...diagnostic, data: undefined }).slice(0, -1);
      heads.set(i, head);
      size += Buffer.byteLength(head);
    }
    const tail = dataJson(diagnostic);
    tails.set(i, tail);
    size += Buffer.byteLength(tail);
  }

  const bytes = Buffer.allocUnsafe(size);
  let at = bytes.write(opening);
  // Diagnostics that lay one after the other in an earlier message (most of them, publish after
  // publish) are copied as one run, commas included: one copy instead of one per diagnostic.
  let run: { from: Buffer; start: number; end: number; to: number } | undefined;
  const copyRun = () => {
    if (run) run.from.copy(bytes, run.to, run.start, run.end);
    run = undefined;
  };
  for (let i = 0; i < kept.length; i++) {
    const diagnostic = kept[i];
    const encoded = diagnostic[ENCODED];
    if (encoded && run && encoded.bytes === run.from && encoded.start === run.end + 1) {
      run.end = encoded.end;
      at++;
    } else {
      copyRun();
      if (i > 0) bytes[at++] = 0x2c; // ,
      // Sent twice in this message: its first copy is already written.
      if (encoded?.bytes === bytes) encoded.bytes.copy(bytes, at, encoded.start, encoded.end);
      else if (encoded) run = { from: encoded.bytes, start: encoded.start, end: encoded.end, to: at };
    }
    const start = at;
    if (encoded) {
      at += encoded.end - encoded.start;
      encoded.dataAt += start - encoded.start;
      encoded.bytes = bytes;
      encoded.start = start;
      encoded.end = at;
      continue;
    }
    const original = diagnostic[MOVED_FROM]?.[ENCODED];
    at += original ? original.bytes.copy(bytes, at, original.start, original.dataAt) : bytes.write(heads.get(i)!, at);
    const dataAt = at;
    at += bytes.write(tails.get(i)!, at);
    if (diagnostic[MOVED_FROM]) diagnostic[MOVED_FROM] = undefined;
    hide(diagnostic, ENCODED, { bytes, start, dataAt, end: at });
  }
  copyRun();
  at += bytes.write(']}}', at);
  if (at !== size) throw new Error(`publishDiagnostics encoded in ${at} bytes, ${size} expected`);
  return bytes;
}

export const messageEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) => Promise.resolve(isPublish(message) ? publishBytes(message) : Buffer.from(JSON.stringify(message), options.charset)),
};
