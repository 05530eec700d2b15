// Notes on a subject's response ("declined to comment"). The finding is the phrase; the checker
// records when and how the subject was asked, so the note can be defended. The speaker is the
// subject who did not reply, when the sentence opens with it: "The landlord could not be
// reached", "Mr Ode, who was fired in May, declined to comment".
import type { Detected, Span } from '../finding';
import { LexiconMatcher, type Lexicon } from '../lexicons/lexicon';
import { sentenceAt } from '../text/sentenceLookup';
import rightOfReplyLexicon from '../lexicons/right-of-reply.json';

const rightOfReply = new LexiconMatcher(rightOfReplyLexicon as Lexicon);

const LEAD = /^(?:(?:But|And|However|Meanwhile|So|Yet)\b,?\s*)?/;
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject that opens the sentence and runs straight into the cue, or into an aside between
 * commas that ends at the cue ("Mr Ode, who was fired in May, declined"), if short enough.
 */
function subjectBefore(block: string, from: number, to: number): Span | undefined {
  let text = block.slice(from, to).trimEnd();
  const comma = text.indexOf(',');
  if (comma >= 0) {
    if (!text.endsWith(',')) return undefined;
    text = text.slice(0, comma);
  }
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const subject = text.slice(lead).trimEnd();
  const words = subject.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_SUBJECT_WORDS) return undefined;
  return { start: from + lead, end: from + lead + subject.length };
}

export function detectRightOfReply(block: string, sentences: Span[]): Detected[] {
  return rightOfReply.match(block, sentences).map((cue) => {
    const sentence = sentenceAt(sentences, cue.start);
    const speaker = sentence && subjectBefore(block, sentence.start, cue.start);
    return {
      kind: 'right-of-reply',
      start: cue.start,
      end: cue.end,
      cue: { start: cue.start, end: cue.end },
      speaker,
      content: sentence && { start: sentence.start, end: sentence.end },
      message: `Right of reply — '${block.slice(cue.start, cue.end)}': when and how was the subject asked?`,
    };
  });
}
