// The editor's side of the source checks: what each open article's claims ask of their source
// documents, answered in a worker thread and kept until the claim's words or the source file
// change. Lookups never wait: a claim shows its check once the worker has answered, and the
// articles that asked are refreshed then.
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { protocolSafeWorker } from './protocolSafeWorker';
import type { Claim } from '../ledger/slot';
import { bestChecks, byFile, checkWants, type Answer, type ClaimCheck } from '../sources/claimChecks';
import type { CheckQuery } from '../sources/checkQuery';
import type { CheckReply, CheckRequest } from '../sources/workerMessages';

interface FileAnswers {
  answers: Map<string, Answer>;
  asking: Set<string>;
  /** Bumped when the file changes: answers to an older generation's questions are dropped. */
  generation: number;
  /** The articles (by URI) whose claims asked this file something. */
  askedBy: Set<string>;
}

export interface RunnerEvents {
  /** Answers arrived for these articles: refresh them. */
  answered(uris: string[]): void;
  /** Pages read of a long document, for progress. */
  progress?(file: string, done: number, total: number): void;
}

export class SourceCheckRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly inFlight = new Map<number, { file: string; queries: CheckQuery[]; generation: number }>();
  private readonly files = new Map<string, FileAnswers>();

  constructor(
    private readonly events: RunnerEvents,
    private readonly workerFile = path.join(__dirname, 'sourceWorker.js'),
  ) {}

  /** The checks known for an article's claims; asks the worker for what is missing. */
  checksFor(uri: string, text: string, claims: Claim[], articlePath: string | undefined): Map<string, ClaimCheck> {
    const wants = checkWants(text, claims, articlePath);
    for (const [file, queries] of byFile(wants)) {
      const entry = this.entry(file);
      entry.askedBy.add(uri);
      const missing = queries.filter((q) => !entry.answers.has(q.key) && !entry.asking.has(q.key));
      if (missing.length) this.ask(file, entry, missing);
    }
    return bestChecks(wants, (want) => this.files.get(want.path)?.answers.get(want.query.key));
  }

  /** A file changed on disk: its answers are forgotten; the URIs of the articles that asked it are returned. */
  fileChanged(file: string): string[] {
    const entry = this.files.get(file);
    if (!entry) return [];
    entry.answers.clear();
    entry.asking.clear();
    entry.generation++;
    return [...entry.askedBy];
  }

  /** An article closed: it no longer wants answers. */
  forget(uri: string): void {
    for (const entry of this.files.values()) entry.askedBy.delete(uri);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private entry(file: string): FileAnswers {
    let entry = this.files.get(file);
    if (!entry) this.files.set(file, (entry = { answers: new Map(), asking: new Set(), generation: 0, askedBy: new Set() }));
    return entry;
  }

  private ask(file: string, entry: FileAnswers, queries: CheckQuery[]): void {
    const id = this.nextId++;
    for (const q of queries) entry.asking.add(q.key);
    this.inFlight.set(id, { file, queries, generation: entry.generation });
    const request: CheckRequest = { id, path: file, queries };
    this.start().postMessage(request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = protocolSafeWorker(this.workerFile);
    // The worker never keeps the server alive on its own.
    worker.unref();
    worker.on('message', (reply: CheckReply) => this.receive(reply));
    const stopped = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const id of [...this.inFlight.keys()]) this.receive({ id, type: 'failed', problem: `could not be checked: the source reader stopped (${reason})` });
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private receive(reply: CheckReply): void {
    const asked = this.inFlight.get(reply.id);
    if (!asked) return;
    if (reply.type === 'progress') {
      this.events.progress?.(asked.file, reply.done, reply.total);
      return;
    }
    this.inFlight.delete(reply.id);
    const entry = this.entry(asked.file);
    if (entry.generation !== asked.generation) return;
    asked.queries.forEach((query, i) => {
      entry.asking.delete(query.key);
      entry.answers.set(query.key, reply.type === 'done' ? reply.answers[i] : { problem: reply.problem });
    });
    this.events.answered([...entry.askedBy]);
  }
}
