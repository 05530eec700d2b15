// Unnamed sourcing: the finding is the phrase that stands in for a source ("people familiar with
// the matter", "officials", "on condition of anonymity"). A phrase that ends in a preposition
// ("close to", "familiar with") runs on to what it names, up to a comma or a reporting verb:
// "a person close to the family". The cue is the lexicon phrase itself.
import type { Detected, Span } from '../finding';
import { addedMatches, LexiconMatcher, type Lexicon } from '../lexicons/lexicon';
import { sentenceAt } from '../text/sentenceLookup';
import anonymousSourcesLexicon from '../lexicons/anonymous-sources.json';

const anonymousSources = new LexiconMatcher(anonymousSourcesLexicon as Lexicon);

const OPEN_ENDED = /\b(?:to|with|of|on|in|at|within|inside)$/i;
// Up to four words, stopping before punctuation or a reporting verb.
const OBJECT = /^(?:\s+(?!(?:said|say|says|told|tell|confirmed|added|described|spoke|who|that)\b)[\p{L}\p{N}’'.&-]+){1,4}/u;

function objectEnd(block: string, from: number): number {
  const object = OBJECT.exec(block.slice(from, from + 120));
  return object ? from + object[0].replace(/[.]+$/, '').length : from;
}

/** `projectPhrases`, a project's own, add to the built-in phrases where none of those already is. */
export function detectAnonymousSources(block: string, sentences: Span[], projectPhrases?: LexiconMatcher): Detected[] {
  const cues = anonymousSources.match(block, sentences);
  if (projectPhrases) {
    cues.push(...addedMatches(projectPhrases.match(block, sentences), cues));
    cues.sort((a, b) => a.start - b.start);
  }
  return cues.map((cue) => {
    const sentence = sentenceAt(sentences, cue.start);
    const end = OPEN_ENDED.test(block.slice(cue.start, cue.end)) ? objectEnd(block, cue.end) : cue.end;
    return {
      kind: 'anonymous-source',
      start: cue.start,
      end,
      cue: { start: cue.start, end: cue.end },
      content: sentence && { start: sentence.start, end: sentence.end },
      message: `Anonymous source — '${block.slice(cue.start, end)}': who is it, and why may they not be named?`,
    };
  });
}
