// Markdown to prose by blanking: code, front matter, HTML, link targets, reference definitions
// and block markers become spaces. Line-based constructs first, then inline ones on the result,
// so that nothing inside code is read as a link or a tag. Linear scans, no parse tree.
import { blankSpans, matchBlanks, type Blank } from './blank';

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\r\n]+\]:[ \t]*\S.*$/;
// Heading hashes, block-quote markers and list bullets at the start of a line.
const LINE_MARKERS = /^(?:[ \t]*>[ \t]?)*[ \t]*(?:#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

function lineBlanks(text: string): Blank[] {
  const blanks: Blank[] = [];
  const front = FRONT_MATTER.exec(text);
  let lineStart = front ? front[0].length : 0;
  if (front) blanks.push({ start: 0, end: lineStart });
  let fence: string | undefined;
  let previousBlank = true;
  let inIndentedCode = false;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const whole = { start: lineStart, end: lineStart + line.length };
    const blank = !line.trim();
    if (fence !== undefined) {
      blanks.push(whole);
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (FENCE.test(line)) {
      fence = FENCE.exec(line)![1];
      blanks.push(whole);
    } else if (!blank && /^(?: {4}|\t)/.test(line) && (previousBlank || inIndentedCode)) {
      inIndentedCode = true;
      blanks.push(whole);
    } else if (REFERENCE_DEFINITION.test(line) || THEMATIC_BREAK.test(line)) {
      blanks.push(whole);
    } else if (!blank) {
      inIndentedCode = false;
      const marker = LINE_MARKERS.exec(line)![0];
      if (marker.trim()) blanks.push({ start: lineStart, end: lineStart + marker.length });
      const closing = /^ {0,3}#/.test(line) ? CLOSING_HASHES.exec(line) : null;
      if (closing) blanks.push({ start: lineStart + closing.index, end: lineStart + line.length });
    }
    if (blank) inIndentedCode = inIndentedCode && fence === undefined;
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  return blanks;
}

const INLINE_CODE = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)|(`+)(?!`)[^`]\2(?!`)/g;
const IMAGE = /!\[[^\]\r\n]*\]\([^)\r\n]*\)/g;
const LINK_TARGET = /\]\([^)\r\n]*\)|\]\[[^\]\r\n]*\]/g;
const LINK_OPEN = /(?<![\\!])\[(?=[^\]\r\n]*\](?:\(|\[))/g;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]*>|<[^@\s>]+@[^@\s>]+>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]*[^\s<>()"“”.,;:!?]/gi;
const HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const EMPHASIS = /\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|~~/g;

export function markdownProse(text: string): string {
  const lined = blankSpans(text, lineBlanks(text));
  const coded = blankSpans(lined, matchBlanks(lined, INLINE_CODE));
  const inline = [
    ...matchBlanks(coded, IMAGE),
    ...matchBlanks(coded, LINK_TARGET),
    ...matchBlanks(coded, LINK_OPEN),
    ...matchBlanks(coded, AUTOLINK),
    ...matchBlanks(coded, BARE_URL),
    ...matchBlanks(coded, HTML),
    ...matchBlanks(coded, EMPHASIS),
  ];
  return blankSpans(coded, inline);
}
