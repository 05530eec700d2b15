// The messages between the editor's server and the worker thread that reads source documents and
// checks claims against them (server/src/sourceWorker.ts).
import type { SourceCheck } from '../sourceCheck/sourceCheck';
import type { CheckQuery } from './checkQuery';

export interface CheckRequest {
  id: number;
  path: string;
  queries: CheckQuery[];
}

export type CheckReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; sha256: string; answers: (SourceCheck | null)[] }
  | { id: number; type: 'failed'; problem: string };
