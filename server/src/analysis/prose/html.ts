// HTML to prose as a browser shows it, through a real parser (parse5): character references
// decoded, white space collapsed, script, style, template and comments left out, block elements as
// paragraph breaks and <h1>–<h6> as headings, bare web addresses in the text blanked. The <head>
// is metadata: its <title> repeats the headline a reader sees in the body. The prose is not the
// source with tags blanked, so it comes with a map back to source offsets (proseMap.ts).
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Span } from '../finding';
import { withoutBareUrls } from './bareUrls';
import { decodeInto } from './entities';
import { ProseBuilder, type ProseMap } from './proseMap';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content no reader sees as the article's prose. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'head']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul body html'.split(' '),
);
/** Where white space is kept as written. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext']);

export interface HtmlProse {
  text: string;
  map: ProseMap;
  /** Prose spans of headings, in order. */
  headings: Span[];
}

/** A surrogate without its pair: parse5 throws on some (two low ones in a row). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function htmlProse(source: string): HtmlProse {
  // U+FFFD is one code unit like the surrogate it stands for, so every offset parse5 gives holds.
  const document = parse(source.replace(LONE_SURROGATE, '\uFFFD'), { sourceCodeLocationInfo: true });
  const builder = new ProseBuilder(source);
  const headings: Span[] = [];
  const paragraphBreak = (at: number) => {
    const last = builder.lastCharacter;
    if (last === '' || last === '\n') return;
    // A space left before the break goes with it: the break stands for it and the tag.
    builder.put('\n\n', at, at);
  };
  // Iterative walk in document order: nesting depth is the article's to choose, the stack is not.
  const stack: { node: Node; leaving?: boolean; pre: boolean }[] = [{ node: document, pre: false }];
  while (stack.length) {
    const { node, leaving, pre } = stack.pop()!;
    if (node.nodeName === '#text') {
      const location = node.sourceCodeLocation;
      if (location) decodeInto(builder, source, location.startOffset, location.endOffset, !pre);
      continue;
    }
    if (!('childNodes' in node)) continue;
    const element = 'tagName' in node ? (node as Element) : undefined;
    const tag = element?.tagName ?? '';
    const location = element?.sourceCodeLocation;
    if (leaving) {
      if (HEADINGS.has(tag)) headings[headings.length - 1].end = builder.length;
      if (BLOCKS.has(tag)) paragraphBreak(location?.endTag?.startOffset ?? location?.endOffset ?? builder.length);
      continue;
    }
    if (HIDDEN.has(tag)) continue;
    if (BLOCKS.has(tag)) paragraphBreak(location?.startOffset ?? 0);
    if (HEADINGS.has(tag)) headings.push({ start: builder.length, end: builder.length });
    stack.push({ node, leaving: true, pre });
    const inPre = pre || PREFORMATTED.has(tag);
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], pre: inPre });
  }
  const { text, map } = builder.finish();
  // Blanked as read (references decoded), same length: the map holds.
  return { text: withoutBareUrls(text), map, headings: headings.filter((heading) => heading.end > heading.start) };
}
