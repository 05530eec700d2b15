// The report's one entry point: build the model from articles and their claims, render it.
import { renderClaimReview } from './claimReview';
import { renderCsv } from './csv';
import { renderHtml, type HtmlReportOptions } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ReportModel } from './model';
import type { DateStyle } from './dates';
import { REPORT_FORMATS, type ReportFormat } from '../vocabulary';

export { buildReportModel, REPORT_MODEL_VERSION } from './model';
export type { ReportArticleInput, ReportMetadata, ReportModel, ReportArticle, ReportEntry, Organisation, ArticleMetadata } from './model';
export type { HtmlReportOptions } from './html';
export type { DateStyle } from './dates';
export { CLAIM_REVIEW_SCALE } from './claimReview';

export { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../vocabulary';

export interface RenderOptions {
  /** HTML only: render for a VS Code webview (nonce) or with a given CSP. */
  html?: HtmlReportOptions;
  /** The checker's locale and time zone for dates in HTML and Markdown; the JSON formats keep ISO 8601. */
  dates?: DateStyle;
}

export function renderReport(model: ReportModel, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'md':
      return renderMarkdown(model, options.dates);
    case 'html':
      return renderHtml(model, { dates: options.dates, ...options.html });
    case 'json':
      return renderJson(model);
    case 'csv':
      return renderCsv(model);
    case 'claimreview':
      return renderClaimReview(model);
    default:
      throw new Error(`Unknown report format: ${String(format)} (expected one of ${REPORT_FORMATS.join(', ')})`);
  }
}
