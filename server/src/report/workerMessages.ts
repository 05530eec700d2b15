// What the language server and its report worker (server/src/reportWorker.ts) say to each other.
import type { ReportArticleInput, ReportMetadata } from './model';
import type { RenderOptions } from './index';
import type { ReportFormat } from '../vocabulary';

export interface ReportJob {
  id: number;
  inputs: ReportArticleInput[];
  metadata: ReportMetadata;
  format: ReportFormat;
  options: RenderOptions;
}

export type ReportReply = { id: number; content: string } | { id: number; error: string };
