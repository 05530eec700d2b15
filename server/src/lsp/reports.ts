// Renders reports for the editor: open articles as they stand in their buffers (with the claims
// the editor shows), closed ones as they are on disk.
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadArticleFile } from '../article/articleFile';
import { LedgerStore } from '../ledger/store';
import { isInWorkspace } from '../ledger/sourceScope';
import type { ArticleMetadata, RenderOptions, ReportArticleInput, ReportMetadata } from '../report';
import type { ReportFormat } from '../vocabulary';
import { articleUrlFor } from '../config/projectConfig';
import type { ArticleProject } from '../article/projectConfigs';
import { visibleClaims, type FactcheckSettings } from '../article/settings';
import type { ReportParams, ReportResult } from '../protocol';
import { articlePathOf, type ArticleState } from './openArticles';
import type { SourceChecksById } from './diagnostics';
import { documentFormat } from '../article/documentFormat';

export interface ReportContext {
  /** An open, analysed article as it stands in its buffer (its analysis finished first); undefined for the rest. */
  openArticle: (uri: string) => Promise<{ article: { checks: SourceChecksById }; document: TextDocument; state: ArticleState } | undefined>;
  /** The project file that applies to an article (organisation, published address, checker). */
  projectOf: (articlePath: string | undefined) => Promise<ArticleProject>;
  /** The workspace folder of an article; undefined outside every folder. */
  workspaceOf: (articlePath: string) => string | undefined;
  /** The severity per kind the article is shown with: kinds set to "off" stay out of the report. */
  severityOf: (uri: string) => Promise<FactcheckSettings['severity']>;
  /** The editor's display language, for the dates shown. */
  locale?: string;
  /** Builds and renders the report (off the server's message loop: ReportRunner). */
  render: (inputs: ReportArticleInput[], metadata: ReportMetadata, format: ReportFormat, options: RenderOptions) => Promise<string>;
  now: () => Date;
}

/** Paths are shown relative to the article's workspace folder. */
function displayPath(uri: string, folder: string | undefined): string {
  const file = articlePathOf(uri);
  if (!file) return decodeURIComponent(uri.replace(/^untitled:/, ''));
  return (folder ? path.relative(folder, file) : path.basename(file)).split(path.sep).join('/');
}

export async function renderEditorReport(params: ReportParams, context: ReportContext): Promise<ReportResult> {
  const inputs: ReportArticleInput[] = [];
  const problems: string[] = [];
  const closedFiles = new LedgerStore({ workspaceOf: context.workspaceOf });
  const published: Record<string, ArticleMetadata> = {};
  let project: ArticleProject | undefined;
  for (const uri of params.uris) {
    const articleProject = await context.projectOf(articlePathOf(uri));
    const severity = await context.severityOf(uri);
    project ??= articleProject;
    const shown = displayPath(uri, articleProject.folder);
    const url = articleUrlFor(articleProject.config, shown);
    if (url) published[shown] = { url };
    const open = await context.openArticle(uri);
    if (open) {
      const { article, document, state } = open;
      if (state.ledger && !state.ledger.readable) problems.push(`${shown}: its ledger cannot be read; shown without slots`);
      inputs.push({ path: shown, text: document.getText(), format: documentFormat(document.languageId, uri), claims: visibleClaims(state.claims, severity), checks: article.checks });
      continue;
    }
    const file = articlePathOf(uri);
    if (!file) {
      problems.push(`${shown}: not a file`);
      continue;
    }
    // A request can name any URI: only files of a workspace folder are read from disk.
    const folder = context.workspaceOf(file);
    if (!folder || !(await isInWorkspace(file, folder))) {
      problems.push(`${shown}: not in a workspace folder; only open articles and files of the workspace are reported`);
      continue;
    }
    const article = await loadArticleFile(file, closedFiles, { lexicon: articleProject.config.lexicon });
    if (!article.ok) {
      problems.push(`${shown}: ${article.error}`);
      continue;
    }
    if (article.ledgerProblem) problems.push(`${shown}: ${article.ledgerProblem}; shown without slots`);
    inputs.push({ path: shown, text: article.text, format: article.format, claims: visibleClaims(article.claims, severity) });
  }
  if (!inputs.length) return { content: '', problems: problems.length ? problems : ['No articles to report on.'] };
  // Nobody named is left blank for a signature, never filled with the operating-system user.
  const checker = params.checker || project?.config.checker;
  const organisation = project?.config.organisation;
  const metadata: ReportMetadata = {
    generated: context.now().toISOString(),
    ...(checker ? { checker } : {}),
    ...(organisation ? { organisation } : {}),
    articles: published,
  };
  const dates = { locale: context.locale };
  const content = await context.render(inputs, metadata, params.format, params.nonce ? { html: { nonce: params.nonce }, dates } : { dates });
  return { content, problems };
}
