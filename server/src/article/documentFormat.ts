import type { DocumentFormat } from '../analysis/prose/prose';

/** Maps an LSP languageId (or a file name) to the markup the prose extractor must strip. */
export function documentFormat(languageId: string, uri: string): DocumentFormat {
  if (languageId === 'markdown' || /\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (languageId === 'html' || /\.html?$/i.test(uri)) return 'html';
  return 'plaintext';
}
