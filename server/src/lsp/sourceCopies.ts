// Keeps a copy of a web source the checker just attached, in the background: the attach command
// returns at once and typing is never held up; progress shows while the page is fetched; the copy
// (or why it failed) is then recorded in the slot like any other edit, and the article republished.
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { WebArchive } from '../ledger/slot';
import { keepWebCopy } from '../evidence/webCopy';
import type { OpenArticle } from './openArticles';

export interface SourceCopyJob {
  article: OpenArticle;
  slotId: string;
  url: string;
  /** Where `.factcheck/sources` goes. */
  workspaceFolder: string;
  /** The article's text when the copy is recorded (the open buffer), or undefined once it is closed. */
  currentText: () => string | undefined;
  /** Shown while the page is fetched; undefined when the client cannot show progress. */
  progress: () => Promise<WorkDoneProgressServerReporter | undefined>;
  /** Republishes the article once the copy is recorded. */
  refresh: (article: OpenArticle) => Promise<void>;
}

/** Resolves once the copy is kept and recorded (or the failure is); never rejects. */
export async function keepSourceCopy(job: SourceCopyJob): Promise<WebArchive | undefined> {
  const reporter = await job.progress().catch(() => undefined);
  reporter?.begin('Fact-check: keeping a copy of the source', undefined, job.url.slice(0, 200));
  try {
    const archive = await keepWebCopy(job.url, { workspaceFolder: job.workspaceFolder, articlePath: job.article.articlePath! });
    const text = job.currentText();
    if (text === undefined || job.article.isClosed) return archive;
    const result = await job.article.edit(text, { target: { slotId: job.slotId }, change: { type: 'keepCopy', target: job.url, archive } });
    if (result.ok) await job.refresh(job.article);
    return archive;
  } catch {
    return undefined;
  } finally {
    reporter?.done();
  }
}
