// Character references as a reader sees them: "&ldquo;" is "“", "&pound;48&nbsp;million" is
// "£48 million". Each reference goes into the prose as one piece standing for the whole
// reference, so a finding that starts or ends on one covers it in the source. A no-break space is
// read as a space: it keeps words on one line, it does not join them.
import { decodeHTML } from 'entities';
import type { ProseBuilder } from './proseMap';

// Named (legacy ones may lack the semicolon), decimal and hexadecimal references.
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/g;
// HTML's white space (not the no-break space, which a browser keeps).
const HTML_SPACE = /[ \t\n\f\r]+/g;

/**
 * source[start, end) into the prose with its references decoded; with `collapse`, runs of white
 * space become one space (none after a space or a line break), as a browser shows them.
 */
export function decodeInto(builder: ProseBuilder, source: string, start: number, end: number, collapse: boolean): void {
  const raw = source.slice(start, end);
  let at = 0;
  const plain = (until: number) => {
    if (!collapse) {
      builder.copy(start + at, start + until);
      return;
    }
    HTML_SPACE.lastIndex = at;
    let from = at;
    for (let space = HTML_SPACE.exec(raw); space && space.index < until; space = HTML_SPACE.exec(raw)) {
      const spaceEnd = Math.min(space.index + space[0].length, until);
      builder.copy(start + from, start + space.index);
      const after = builder.lastCharacter;
      if (after !== '' && after !== ' ' && after !== '\n') {
        if (space[0] === ' ' && spaceEnd === space.index + 1) builder.copy(start + space.index, start + spaceEnd);
        else builder.put(' ', start + space.index, start + spaceEnd);
      }
      from = spaceEnd;
      if (spaceEnd >= until) break;
    }
    builder.copy(start + from, start + until);
  };
  for (const reference of raw.matchAll(REFERENCE)) {
    const decoded = decodeHTML(reference[0]).replace(/\u00a0/g, ' ');
    if (decoded === reference[0]) continue;
    plain(reference.index);
    at = reference.index + reference[0].length;
    builder.put(decoded, start + reference.index, start + at);
  }
  plain(raw.length);
}
