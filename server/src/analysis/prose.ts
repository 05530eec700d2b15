// Turns an article into prose the detectors can read: markup is blanked out with spaces (newlines
// kept) so every offset in the result is an offset into the original text. Regions switched off
// by the writer (see suppression.ts) are blanked in every format.
import { blankSpans } from './blank';
import { htmlProse } from './html';
import { markdownProse } from './markdown';
import { suppressedRegions } from './suppression';

export type DocumentFormat = 'plaintext' | 'markdown' | 'html';

export function extractProse(text: string, format: DocumentFormat): string {
  const open = blankSpans(text, suppressedRegions(text));
  if (format === 'markdown') return markdownProse(open);
  if (format === 'html') return htmlProse(open);
  return open;
}
