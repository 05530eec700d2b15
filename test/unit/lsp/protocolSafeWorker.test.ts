// A worker's console must never reach the server's stdout, which over --stdio is the protocol.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import { protocolSafeWorker } from '../../../server/src/lsp/protocolSafeWorker';

describe('protocolSafeWorker', () => {
  it('sends what a worker prints to stderr, never to stdout', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'factcheck-worker-')), 'chatty.js');
    writeFileSync(file, "console.log('stray line from a library'); require('node:worker_threads').parentPort.postMessage('done');\n");
    const written = { stdout: '', stderr: '' };
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    const stderrWrite = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      written.stdout += String(chunk);
      return stdoutWrite(chunk, ...rest);
    }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.stderr += String(chunk);
      return true;
    }) as typeof process.stderr.write;
    try {
      const worker = protocolSafeWorker(file);
      await once(worker, 'message');
      await once(worker, 'exit');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
    }
    assert.ok(!written.stdout.includes('stray line'), 'the line reached stdout');
    assert.ok(written.stderr.includes('stray line from a library'), 'the line is lost, not on stderr');
  });
});
