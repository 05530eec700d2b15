// Unnamed sourcing: the finding is the phrase that stands in for a source ("people familiar with
// the matter", "officials", "on condition of anonymity"), its cue the same words.
import type { Detected, Span } from './finding';
import { LexiconMatcher, type Lexicon } from './lexicon';
import { sentenceAt } from './sentenceLookup';
import anonymousSourcesLexicon from './lexicons/anonymous-sources.json';

const anonymousSources = new LexiconMatcher(anonymousSourcesLexicon as Lexicon);

export function detectAnonymousSources(block: string, sentences: Span[]): Detected[] {
  return anonymousSources.match(block, sentences).map((cue) => {
    const sentence = sentenceAt(sentences, cue.start);
    return {
      kind: 'anonymous-source',
      start: cue.start,
      end: cue.end,
      cue: { start: cue.start, end: cue.end },
      content: sentence && { start: sentence.start, end: sentence.end },
      message: `Anonymous source — '${block.slice(cue.start, cue.end)}': who is it, and why may they not be named?`,
    };
  });
}
