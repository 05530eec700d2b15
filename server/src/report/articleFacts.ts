// What a report says about an article as a whole: its title, its length, where a finding sits.
import { extractProse, type DocumentFormat } from '../analysis/prose/prose';

/** Longer than this, a first line is the article's first paragraph, not its headline. */
const TITLE_LIMIT = 120;

/**
 * The first heading, or else a short first line, in plain words; else the file's name: a plain-text
 * article that opens with its first paragraph has no title in it.
 */
export function articleTitle(text: string, format: DocumentFormat, path = ''): string {
  const title = format === 'html' ? htmlTitle(text) : format === 'markdown' ? markdownTitle(text) : firstLine(text);
  const words = (title ?? '').replace(/\s+/g, ' ').trim();
  return words && words.length <= TITLE_LIMIT ? words : fileTitle(path);
}

/** "stories/zoom-spy.txt" -> "zoom-spy.txt": the name a desk knows the file by. */
function fileTitle(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

function firstLine(text: string): string | undefined {
  return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '');
}

/** The first heading (ATX or setext, as the analysis reads it: markup gone), else the first line of prose. */
function markdownTitle(text: string): string | undefined {
  const prose = extractProse(text, 'markdown');
  const heading = prose.headings?.[0];
  if (heading) return prose.text.slice(heading.start, heading.end);
  return firstLine(prose.text);
}

function htmlTitle(text: string): string | undefined {
  const element = /<(h[1-6]|title)\b[^>]*>([\s\S]*?)<\/\1\s*>/i.exec(text);
  if (element) return decodeBasicEntities(element[2].replace(/<[^>]*>/g, ''));
  const line = firstLine(text.replace(/<[^>]*>/g, ''));
  return line === undefined ? undefined : decodeBasicEntities(line);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, name.toLowerCase()) ? NAMED_ENTITIES[name.toLowerCase()] : whole;
  });
}

// Made on first use: ICU loads its word-break data for it (about 10 ms), which `check` never needs.
let wordSegmenter: Intl.Segmenter | undefined;

/** Words of prose (markup left out); CJK is counted by the segmenter's words, not by spaces. */
export function countWords(text: string, format: DocumentFormat): number {
  // Markdown's front matter and link targets are blanked in its prose.
  const prose = extractProse(text, format).text;
  let words = 0;
  // Segmenting one long string takes time that grows much faster than its length in V8, so the
  // segmenter gets runs of at most 64 space-separated tokens; words never span a space.
  for (const run of prose.matchAll(/\S+(?:\s+\S+){0,63}/g)) {
    wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
    for (const segment of wordSegmenter.segment(run[0])) if (segment.isWordLike) words++;
  }
  return words;
}

/** Offsets to 1-based lines and columns; CRLF, LF and CR each end a line, as in LSP. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */ && text.charCodeAt(i + 1) === 10) i++;
      if (code === 13 || code === 10) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}
