// Attributions made by a framing phrase instead of a verb: "As far as the council was concerned,
// the pier was safe" and "In Dana Okoro’s view, the pier was safe" credit what follows the comma to
// the council and to Dana Okoro. The cue is the phrase's own words ("was concerned", "view"), the
// speaker the noun phrase inside it. "In his view" names no one by itself and is left out, and so
// is "For X, …", which frames far more than views ("For now", "For the third year").
import type { Detected, Span } from '../finding';
import { contentAfter } from './content';
import { attributionMessage } from './messages';

const AS_FAR_AS = /\b[Aa]s far as ((?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}.’'&-]*(?:\s+[\p{L}\p{N}.’'&-]+){0,7}?)\s+((?:is|was|are|were|has been|had been)\s+concerned),/gu;
// "what Beijing regards as sensitive": the judgement in the clause is Beijing's, not the writer's.
const WHAT_X_REGARDS = /\bwhat\s+(?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,4}\s+(?:(?:regards?|regarded|sees|saw|views?|viewed|treats?|treated)\s+as|considers?|considered|deems?|deemed)\b/u;
const IN_VIEW = /\b[Ii]n\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})['’]s?\s+(view|opinion|estimation|judge?ment),/gu;

/**
 * Whether `sentence` judges by someone's standard ("firms are not hosting what Beijing regards as
 * illegal talks"): its claim is that stance, theirs, not a fact the writer states unsourced.
 */
export function judgesByStanceOf(sentence: string): boolean {
  return WHAT_X_REGARDS.test(sentence);
}

/**
 * The framing-phrase attributions of `sentences` in `block`, each with its speaker and content,
 * but none whose cue one of the `attributions` already found has.
 */
export function detectStanceAttributions(block: string, sentences: Span[], attributions: readonly Detected[]): Detected[] {
  const found: Detected[] = [];
  for (const sentence of sentences) {
    const text = block.slice(sentence.start, sentence.end);
    if (!/\b(?:concerned|view|opinion|estimation|judge?ment),/.test(text)) continue;
    for (const pattern of [AS_FAR_AS, IN_VIEW]) {
      for (const match of text.matchAll(pattern)) {
        const start = sentence.start + match.index;
        const speakerStart = start + match[0].indexOf(match[1]);
        const speaker = { start: speakerStart, end: speakerStart + match[1].length };
        const cueStart = start + match[0].lastIndexOf(match[2]);
        const end = start + match[0].length - 1;
        const cue = { start: cueStart, end: cueStart + match[2].length };
        if (attributions.some((other) => other.cue && other.cue.start < cue.end && cue.start < other.cue.end)) continue;
        const content = contentAfter(block, sentence, end + 1, []);
        if (!content) continue;
        found.push({
          kind: 'attribution',
          start,
          end,
          cue,
          speaker,
          content,
          message: attributionMessage(block, { speaker }),
        });
      }
    }
  }
  return found;
}
