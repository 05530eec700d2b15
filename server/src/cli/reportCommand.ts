// `factcheck report`: one report for all the files given, in any format, to stdout or a file.
import { writeFile } from 'node:fs/promises';
import { loadArticleFile } from '../articleFile';
import { LedgerStore } from '../ledger/store';
import { buildReportModel, renderReport, type ReportArticleInput, type ReportFormat, type ReportMetadata } from '../report';
import type { CliOutput } from './output';

export interface ReportOptions {
  format: ReportFormat;
  output?: string;
  metadata: Omit<ReportMetadata, 'generated'>;
  now: Date;
}

/** Returns the exit code: 0, or 2 when a file or its ledger could not be read (the report still lists the rest). */
export async function reportCommand(paths: string[], options: ReportOptions, out: CliOutput): Promise<number> {
  const store = new LedgerStore();
  const inputs: ReportArticleInput[] = [];
  let unreadable = 0;
  for (const path of paths) {
    const article = await loadArticleFile(path, store);
    if (!article.ok) {
      out.stderr(`factcheck: ${path}: ${article.error}\n`);
      unreadable++;
      continue;
    }
    if (article.ledgerProblem) {
      out.stderr(`factcheck: ${article.ledgerProblem}; the report shows its findings without slots\n`);
      unreadable++;
    }
    inputs.push({ path: article.path, text: article.text, format: article.format, claims: article.claims });
  }
  if (!inputs.length) return 2;
  const model = buildReportModel(inputs, { ...options.metadata, generated: options.now.toISOString() });
  const rendered = renderReport(model, options.format);
  if (options.output) await writeFile(options.output, rendered);
  else out.stdout(rendered);
  return unreadable ? 2 : 0;
}
