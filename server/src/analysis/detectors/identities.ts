// Who someone is, stated as fact: "Ana Ruiz, aka Ana Ruiz-Bell, a former harbour master at
// Kellan". A second name and a role are the checker's to confirm against a record: that the two
// names are one person, and that the person held that post. Organisations' aliases ("the Islamic
// State, also known as ISIS") are common knowledge and go unmarked: only a person with a role is.
import type { Detected, Span } from '../finding';

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const ALIAS = String.raw`(?:aka|a\.k\.a\.|also known as|better known as|formerly known as|né|née)`;
// The role: an indefinite or definite description a few words long that names where the post was.
const ROLE = String.raw`(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}?(?:for|at|of|with|in)\s+\p{Lu}[\p{L}'’-]*`;
const IDENTITY = new RegExp(`(${NAME}),\\s+${ALIAS}\\s+${NAME},\\s+${ROLE}`, 'gu');
// The second name's lead-in alone: few paragraphs have one, and this pattern, with no Unicode
// class to test at every character, is far cheaper to compile and to run than IDENTITY.
const ALIAS_AFTER_COMMA = new RegExp(`,\\s+${ALIAS}\\s`, 'u');

const MESSAGE = 'Unattributed identity: are the two names one person, with that role, and where is that recorded?';

/** The identities the writer states in `block`, unless an unattributed finding already covers their sentence. */
export function detectIdentities(block: string, marked: readonly Span[]): Detected[] {
  if (!ALIAS_AFTER_COMMA.test(block)) return [];
  const found: Detected[] = [];
  IDENTITY.lastIndex = 0;
  for (let match = IDENTITY.exec(block); match; match = IDENTITY.exec(block)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (marked.some((sentence) => sentence.start <= span.start && span.end <= sentence.end)) continue;
    found.push({ kind: 'unattributed', ...span, content: { ...span }, message: MESSAGE });
  }
  return found;
}
