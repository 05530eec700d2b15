// Plain text and Markdown sources: UTF-8 text, Markdown read as the analysis reads it (markup
// blanked, references decoded) so that only its prose is compared, with lines those of the file.
import { markdownProse } from '../analysis/prose/markdown';
import type { SourceDocument } from '../sourceCheck/sourceIndex';
import { SourceReadError } from './readError';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new SourceReadError('looks binary (contains NUL bytes), not text');
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new SourceReadError('is not valid UTF-8 text');
  }
}

export function readText(bytes: Uint8Array): SourceDocument {
  return { text: decodeText(bytes) };
}

export function readMarkdown(bytes: Uint8Array): SourceDocument {
  const markdown = decodeText(bytes);
  const { text, map } = markdownProse(markdown);
  return map ? { text, origin: { text: markdown, offsetOf: (at) => map.sourceStart(at) } } : { text };
}
