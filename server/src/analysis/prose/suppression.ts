// Regions the writer has switched off. Markdown and HTML use comments:
//   <!-- factcheck off --> ... <!-- factcheck on -->
// Plain text uses a line of its own:
//   [factcheck off]  ...  [factcheck on]
// Both forms work in every format. An "off" with no "on" runs to the end of the text.
import type { Blank } from './blank';

const SWITCH = /<!--\s*factcheck\s+(off|on)\s*-->|^[ \t]*\[factcheck (off|on)\][ \t]*(?=\r?$)/gim;

export function suppressedRegions(text: string): Blank[] {
  const regions: Blank[] = [];
  let offAt: number | undefined;
  for (const match of text.matchAll(SWITCH)) {
    const state = (match[1] ?? match[2]).toLowerCase();
    if (state === 'off' && offAt === undefined) offAt = match.index;
    if (state === 'on' && offAt !== undefined) {
      regions.push({ start: offAt, end: match.index + match[0].length });
      offAt = undefined;
    }
  }
  if (offAt !== undefined) regions.push({ start: offAt, end: text.length });
  return regions;
}
