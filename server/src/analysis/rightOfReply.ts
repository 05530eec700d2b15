// Notes on a subject's response ("declined to comment"). The finding is the phrase; the checker
// records when and how the subject was asked, so the note can be defended.
import type { Detected, Span } from './finding';
import { LexiconMatcher, type Lexicon } from './lexicon';
import { sentenceAt } from './sentenceLookup';
import rightOfReplyLexicon from './lexicons/right-of-reply.json';

const rightOfReply = new LexiconMatcher(rightOfReplyLexicon as Lexicon);

export function detectRightOfReply(block: string, sentences: Span[]): Detected[] {
  return rightOfReply.match(block, sentences).map((cue) => {
    const sentence = sentenceAt(sentences, cue.start);
    return {
      kind: 'right-of-reply',
      start: cue.start,
      end: cue.end,
      cue: { start: cue.start, end: cue.end },
      content: sentence && { start: sentence.start, end: sentence.end },
      message: `Right of reply — '${block.slice(cue.start, cue.end)}': when and how was the subject asked?`,
    };
  });
}
