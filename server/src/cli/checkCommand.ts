// `factcheck check`: the findings of each file, as text lines or as the versioned JSON shape.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadArticles } from './loadArticles';
import type { CliOutput } from './output';
import { findingRecord, type FindingRecord } from './findingRecord';
import { sentenceTable, type SentenceRecord } from './sentenceTable';
import { staleMessage } from '../ledger/staleMessage';
import { SourceLibrary } from '../sources/sourceLibrary';
import { runClaimChecks } from '../sources/runClaimChecks';
import { checkSummary } from '../sources/checkSummary';
import { claimRow, claimTask } from '../report/claimWords';
import type { ProjectConfig } from '../config/projectConfig';

export interface CheckOptions {
  format: 'text' | 'json';
  failOn?: 'open';
  /** The current folder's project file: its lexicon, and the kinds it turns off or on. */
  project?: ProjectConfig;
  /** Longer articles are refused (--max-length; the editor's default otherwise). */
  maxLength?: number;
}

/**
 * Returns the exit code: 0, 1 when the --fail-on gate trips, 2 when a file or its ledger could
 * not be read (an unreadable ledger cannot prove anything resolved).
 */
export async function checkCommand(paths: string[], options: CheckOptions, out: CliOutput): Promise<number> {
  const files: { path: string; sentences: SentenceRecord[]; findings: FindingRecord[] }[] = [];
  let open = 0;
  let orphaned = 0;
  let stale = 0;
  const { articles, unreadable } = await loadArticles(paths, out, 'its slots are not counted', options.project, options.maxLength);
  const library = new SourceLibrary();
  for (const article of articles) {
    const { path } = article;
    const document = TextDocument.create(path, 'plaintext', 0, article.text);
    const checks = await runClaimChecks(library, article.text, article.claims, path);
    const found = article.claims.filter((claim) => claim.finding);
    open += found.filter((claim) => claim.status === 'open').length;
    stale += article.claims.filter((c) => c.status === 'stale').length;
    orphaned += article.claims.filter((c) => c.status === 'orphaned').length;
    // The sentence table and the records are the JSON's: the text lines need neither.
    if (options.format === 'json') {
      const { sentences, sentenceOf } = sentenceTable(article.text, found.map((claim) => claim.finding!));
      const records = found.map((claim, i) => findingRecord(document, claim, sentenceOf[i], checks.get(claim.finding!.id))!);
      files.push({ path, sentences, findings: records });
      continue;
    }
    // One write per file: a write per line costs a system call each when stdout is a file.
    const lines: string[] = [];
    for (const claim of found) {
      // Named by its words like the editor's Problems row, then what the checker is asked.
      const finding = claim.finding!;
      const { line, character } = document.positionAt(finding.start);
      const task = claimTask(finding.message);
      const row = `${claimRow(article.text, finding)}${task ? ` — ${task}` : ''}`;
      const stale = claim.stale ? ` (stale verdict: ${staleMessage(claim.slot?.verdict, claim.stale)})` : '';
      const check = checks.get(finding.id);
      const checked = check ? ` (source check: ${checkSummary(check)})` : '';
      lines.push(`${path}:${line + 1}:${character + 1}: ${finding.kind}: ${row}${stale}${checked}\n`);
    }
    out.stdout(lines.join(''));
  }
  if (options.format === 'json') out.stdout(`${JSON.stringify({ version: 2, files }, null, 2)}\n`);
  if (unreadable) return 2;
  // An orphaned slot is a record that lost its claim: it needs a checker as much as an open one.
  // A stale verdict was given on other words or evidence: nothing has checked what stands now.
  if (options.failOn === 'open' && open + stale + orphaned > 0) {
    const stales = stale ? `, ${stale} stale verdict${stale === 1 ? '' : 's'}` : '';
    const orphans = orphaned ? ` and ${orphaned} orphaned source slot${orphaned === 1 ? '' : 's'}` : '';
    out.stderr(`factcheck: ${open} open finding${open === 1 ? '' : 's'}${stales}${orphans} (--fail-on open)\n`);
    return 1;
  }
  return 0;
}
