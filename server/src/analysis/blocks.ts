import type { Span } from './finding';

/** Paragraphs: runs of text separated by blank lines or by a line break. */
export function splitBlocks(prose: string): Span[] {
  const blocks: Span[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
    if (match[0].trim()) blocks.push({ start: match.index, end: match.index + match[0].length });
  }
  return blocks;
}
