// "Noting that the ferry was late all week, Ms. Ortega said …": a participle that opens the
// sentence is said by the subject of the clause after its comma, and what it says runs to that
// comma. It was dropped for want of a speaker before it (in train, 18 such participles the cue
// model takes are gold cues, 9 are not, beside "According to").
import type { Span, SpeakerSpan } from '../finding';
import type { Quotation } from './quotes';
import { contentAfter } from './content';
import { opensSentence } from '../text/sentenceLookup';

// The subject after the comma: up to four words, the most that a verb follows ("the harbour
// master [closed]", "State Department officials [said]", "Ms. Ortega [said] the …").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
// A sure verb ends the subject at once ("Mr. Burke [said] he would"); a word in -ed or -s ends it
// at the last one that can ("State Department officials [said]").
const SURE_VERB = /^(?:said|says|told|tells|began|has|had|is|was|were|are|will|would|can|could|may|might|must|should|did|does|do|went|made|took|gave|wrote|spoke|thought|knew|found|saw|came|became|held|kept|left|sent|put|got|set|ran|also|now|then|later)$/;
const VERB = /^\p{Ll}+(?:ed|s)$/u;
// A clause after the comma, not a subject: "…, but the spotlight will be …".
const NOT_SUBJECT = /^(?:but|and|or|so|yet|if|when|while|because|although|though|as|which|who|that|where|it|there)$/i;
const MAX_SUBJECT_WORDS = 4;

/** The subject that opens text[from, to): up to four words before a verb, or undefined. */
function subjectAt(block: string, from: number, to: number): Span | undefined {
  WORD.lastIndex = 0;
  const text = block.slice(from, to);
  const words: { start: number; end: number; text: string }[] = [];
  for (let match = WORD.exec(text); match && words.length <= MAX_SUBJECT_WORDS; match = WORD.exec(text)) {
    // Only words, each one space apart: a mark ends the subject.
    const gap = text.slice(words.length ? words[words.length - 1].end : 0, match.index);
    if (!/^\s*$/.test(gap)) break;
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  if (!words.length || NOT_SUBJECT.test(words[0].text)) return undefined;
  let last = -1;
  for (let i = 0; i < Math.min(words.length - 1, MAX_SUBJECT_WORDS); i++) {
    if (SURE_VERB.test(words[i + 1].text)) {
      last = i;
      break;
    }
    if (VERB.test(words[i + 1].text)) last = i;
  }
  return last < 0 ? undefined : { start: from + words[0].start, end: from + words[last].end };
}

// The participle's clause ends at the first comma, within this many characters (linear: one scan).
const REACH = 200;

/** The speaker and content of a participle that opens `sentence`, or undefined. */
export function frontedParticiple(block: string, sentence: Span, cue: Span, quotes: Quotation[]): { speaker: SpeakerSpan; content: Span } | undefined {
  if (!opensSentence(block, sentence, cue.start)) return undefined;
  const limit = Math.min(sentence.end, cue.end + REACH);
  let comma = -1;
  for (let i = cue.end; i < limit; i++) {
    const char = block[i];
    // A quotation inside the clause is beyond what this reads.
    if (char === '“' || char === '"') return undefined;
    if (char === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return undefined;
  const speaker = subjectAt(block, comma + 1, Math.min(sentence.end, comma + 80));
  const content = contentAfter(block, { start: sentence.start, end: comma }, cue.end, quotes);
  if (!speaker || !content) return undefined;
  return { speaker, content };
}
