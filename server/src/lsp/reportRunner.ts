// The editor's reports are built in a worker thread (server/src/reportWorker.ts), one at a time in
// the order asked, so that a report on a huge article never holds the hovers, code actions and
// analyses of the articles being edited.
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { protocolSafeWorker } from './protocolSafeWorker';
import type { ReportArticleInput, ReportMetadata, RenderOptions } from '../report';
import type { ReportFormat } from '../vocabulary';
import type { ReportJob, ReportReply } from '../report/workerMessages';

export class ReportRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (content: string) => void; reject: (error: Error) => void }>();

  constructor(private readonly workerFile = path.join(__dirname, 'reportWorker.js')) {}

  /** The rendered report; rejects when it cannot be built (a claim the model refuses, the worker stopped). */
  render(inputs: ReportArticleInput[], metadata: ReportMetadata, format: ReportFormat, options: RenderOptions): Promise<string> {
    const id = this.nextId++;
    const job: ReportJob = { id, inputs, metadata, format, options };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage(job);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = protocolSafeWorker(this.workerFile);
    // The worker never keeps the server alive on its own.
    worker.unref();
    worker.on('message', (reply: ReportReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.content);
    });
    const stopped = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const [id, waiting] of this.waiting) {
        this.waiting.delete(id);
        waiting.reject(new Error(`the report could not be built: its worker stopped (${reason})`));
      }
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }
}
