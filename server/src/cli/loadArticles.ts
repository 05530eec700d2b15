// Loads the articles named on the command line, saying on stderr what could not be read.
import { resolve } from 'node:path';
import { loadArticleFile, type ArticleFile } from '../article/articleFile';
import { LedgerStore } from '../ledger/store';
import { isInsideFolder } from '../ledger/sourceScope';
import { DEFAULT_PROJECT_CONFIG, type ProjectConfig } from '../config/projectConfig';
import { withProjectSeverity } from '../article/projectConfigs';
import { DEFAULT_SETTINGS, visibleClaims } from '../article/settings';
import type { CliOutput } from './output';

export type LoadedArticle = Extract<ArticleFile, { ok: true }>;

/**
 * `unreadable` counts files that could not be read and ledgers that could not be parsed (their
 * article is still loaded, without slots, and `withoutSlots` tells the user what that means).
 */
export async function loadArticles(
  paths: string[],
  out: CliOutput,
  withoutSlots: string,
  project: ProjectConfig = DEFAULT_PROJECT_CONFIG,
  maxLength?: number,
): Promise<{ articles: LoadedArticle[]; unreadable: number }> {
  const { severity } = withProjectSeverity(DEFAULT_SETTINGS, project);
  // The current folder is the workspace of the articles inside it; any other article, its own folder.
  const cwd = process.cwd();
  const store = new LedgerStore({ workspaceOf: (articlePath) => (isInsideFolder(cwd, resolve(articlePath)) ? cwd : undefined) });
  const articles: LoadedArticle[] = [];
  let unreadable = 0;
  for (const path of paths) {
    const article = await loadArticleFile(path, store, { lexicon: project.lexicon, maxLength, hedges: severity.hedge !== 'off' });
    if (!article.ok) {
      out.stderr(`factcheck: ${path}: ${article.error}\n`);
      unreadable++;
      continue;
    }
    if (article.ledgerProblem) {
      out.stderr(`factcheck: ${article.ledgerProblem}; ${withoutSlots}\n`);
      unreadable++;
    }
    articles.push({ ...article, claims: visibleClaims(article.claims, severity) });
  }
  return { articles, unreadable };
}
