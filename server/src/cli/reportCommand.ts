// `factcheck report`: one report for all the files given, in any format, to stdout or a file.
import { loadArticles } from './loadArticles';
import { SourceLibrary } from '../sources/sourceLibrary';
import { runClaimChecks } from '../sources/runClaimChecks';
import { buildReportModel, renderReport, type ReportArticleInput, type ReportFormat, type ReportMetadata } from '../report';
import type { CliOutput } from './output';
import { reportOutputProblem } from './reportOutput';
import { writeFileAtomic } from '../ledger/atomicWrite';
import type { ProjectConfig } from '../config/projectConfig';

export interface ReportOptions {
  format: ReportFormat;
  output?: string;
  metadata: Omit<ReportMetadata, 'generated'>;
  now: Date;
  /** The current folder's project file: its lexicon, and the kinds it turns off or on. */
  project?: ProjectConfig;
  /** Longer articles are refused (--max-length; the editor's default otherwise). */
  maxLength?: number;
}

/** Returns the exit code: 0, or 2 when a file or its ledger could not be read (the report still lists the rest). */
export async function reportCommand(paths: string[], options: ReportOptions, out: CliOutput): Promise<number> {
  // Checked before any work: a refused output should not cost a whole run.
  const refusal = options.output === undefined ? undefined : await reportOutputProblem(options.output, paths, process.cwd());
  if (refusal) {
    out.stderr(`factcheck: ${refusal}\n`);
    return 2;
  }
  const { articles, unreadable } = await loadArticles(paths, out, 'the report shows its findings without slots', options.project, options.maxLength);
  const library = new SourceLibrary();
  const inputs: ReportArticleInput[] = [];
  for (const { path, text, format, claims } of articles) inputs.push({ path, text, format, claims, checks: await runClaimChecks(library, text, claims, path) });
  if (!inputs.length) return 2;
  const model = buildReportModel(inputs, { ...options.metadata, generated: options.now.toISOString() });
  const rendered = renderReport(model, options.format);
  if (options.output === undefined) {
    out.stdout(rendered);
    return unreadable ? 2 : 0;
  }
  try {
    await writeFileAtomic(options.output, rendered);
  } catch (error) {
    out.stderr(`factcheck: cannot write ${options.output}: ${(error as Error).message}\n`);
    return 2;
  }
  return unreadable ? 2 : 0;
}
