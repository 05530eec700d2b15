// "The mayor’s closest aide rallied supporters, saying …": a subject read up to a possessive
// ("The mayor’s") stops at the owner; the one who speaks is what it owns, up to the verb.
import type { Span } from '../finding';

// A possessive, then lower-case words only: "The mayor’s", "Ana Ruiz’s right-hand".
const POSSESSIVE = /(?:['’]s|s['’])(?:\s+[\p{Ll}-]+)*$/u;
const WORD = /\s+([\p{L}-]+)/uy;
// Past forms and auxiliaries end the noun phrase; without one in reach the subject is left as read.
const VERB =
  /^(?:\p{Ll}+ed|was|were|is|are|has|had|have|will|would|could|can|did|does|spoke|told|said|wrote|went|came|took|gave|made|held|led|met|sent|stood|sat|left|brought|began|ran|won|kept|put|set|struck|swore|threw|thought|sought|saw|shook|rose|drew|fought|broke|hit)$/u;
const MAX_OWNED = 4;

/** `subject` (ending before `before`) read on through what a possessive at its end owns. */
export function throughPossessive(block: string, subject: Span, before: number): Span {
  if (!POSSESSIVE.test(block.slice(subject.start, subject.end))) return subject;
  let end = subject.end;
  WORD.lastIndex = end;
  for (let taken = 0; taken <= MAX_OWNED; taken++) {
    const match = WORD.exec(block);
    if (!match || match.index + match[0].length > before) return subject;
    if (VERB.test(match[1])) return taken ? { start: subject.start, end } : subject;
    end = match.index + match[0].length;
  }
  return subject;
}
