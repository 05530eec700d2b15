// HTML sources through parse5: the text of the page with tags dropped, entities decoded, and
// script, style and template contents ignored. Between two pieces of text the markup becomes as
// many line breaks as it held (or a space), so every line of the text is the file's own line.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { SourceDocument } from '../sourceCheck/sourceIndex';
import { decodeText } from './readText';

type Node = DefaultTreeAdapterMap['node'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const IGNORED = new Set(['script', 'style', 'template', 'noscript', 'head']);

export function readHtml(bytes: Uint8Array): SourceDocument {
  const html = decodeText(bytes);
  const document = parse(html, { sourceCodeLocationInfo: true });
  const pieces: { start: number; end: number; text: string }[] = [];
  collectText(document, pieces);
  let text = '';
  let at = 0;
  for (const piece of pieces) {
    const between = html.slice(at, piece.start);
    const breaks = between.split('\n').length - 1;
    text += breaks ? '\n'.repeat(breaks) : at > 0 ? ' ' : '';
    text += piece.text;
    at = piece.end;
  }
  return { text };
}

function collectText(node: Node, pieces: { start: number; end: number; text: string }[]): void {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes as ChildNode[]) {
    if (child.nodeName === '#text' && 'value' in child && child.sourceCodeLocation) {
      pieces.push({ start: child.sourceCodeLocation.startOffset, end: child.sourceCodeLocation.endOffset, text: child.value });
    } else if ('tagName' in child && !IGNORED.has(child.tagName)) {
      collectText(child, pieces);
    }
  }
}
