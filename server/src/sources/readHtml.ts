// HTML sources read as the analysis reads HTML articles (analysis/prose/html.ts, parse5): tags
// dropped, character references decoded, script, style and template contents ignored. The text
// keeps a map back to the file, so a passage's line is the file's own line.
import { htmlProse } from '../analysis/prose/html';
import type { SourceDocument } from '../sourceCheck/sourceIndex';
import { decodeText } from './readText';

export function readHtml(bytes: Uint8Array): SourceDocument {
  const html = decodeText(bytes);
  const { text, map } = htmlProse(html);
  return { text, origin: { text: html, offsetOf: (at) => map.sourceStart(at) } };
}
