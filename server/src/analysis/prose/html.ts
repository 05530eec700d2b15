// HTML to prose by blanking: comments, script/style contents and tags become spaces; block-level
// tags become a paragraph break so that <p>One.</p><p>Two.</p> makes two paragraphs. Entities
// stay as written (their offsets must stay true).
import { blankSpans, type Blank } from './blank';

const MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/gi;
const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul title body head html'.split(' '),
);

export function htmlProse(text: string): string {
  const blanks: Blank[] = [];
  for (const match of text.matchAll(MARKUP)) {
    const tag = (match[2] ?? match[1] ?? '').toLowerCase();
    blanks.push({ start: match.index, end: match.index + match[0].length, breakBefore: BLOCK_TAGS.has(tag) });
  }
  return blankSpans(text, blanks);
}
