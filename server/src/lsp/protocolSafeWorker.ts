// A worker thread whose console output goes to stderr. Over --stdio the server's stdout is the
// protocol stream, and a worker's stdout would otherwise be written into it: one stray line from
// a library (a PDF reader's warning) would break every message after it.
import { Worker } from 'node:worker_threads';

export function protocolSafeWorker(file: string): Worker {
  const worker = new Worker(file, { stdout: true });
  worker.stdout.pipe(process.stderr);
  return worker;
}
