// Allegations ("allegedly", "is believed to") and hedges ("may", "suggests"). The finding is the
// cue word(s) only: that is what the corpus marks, what the checker's question is about ("who
// alleges it?"), and it keeps a short, stable squiggle inside sentences that other findings
// (statistics, unattributed claims) already cover. `content` is the sentence the cue hedges.
import type { Detected, Span } from '../finding';
import { addedMatches, LexiconMatcher, type Lexicon } from '../lexicons/lexicon';
import { sentenceAt } from '../text/sentenceLookup';
import allegationsLexicon from '../lexicons/allegations.json';
import hedgesLexicon from '../lexicons/hedges.json';
import { allegerIn, type Alleger } from './allegers';

const allegations = new LexiconMatcher(allegationsLexicon as Lexicon);
const hedges = new LexiconMatcher(hedgesLexicon as Lexicon);

/**
 * `projectHedges`, a project's own terms, add `hedge` findings where no built-in cue already is;
 * `attributions`, the block's, name who makes an allegation in their sentence.
 */
export function detectHedges(block: string, sentences: Span[], projectHedges?: LexiconMatcher, attributions: readonly Detected[] = []): Detected[] {
  const found: Detected[] = [];
  const alleged = allegations.match(block, sentences);
  for (const cue of alleged) {
    const sentence = sentenceAt(sentences, cue.start);
    found.push(finding('allegation', cue, block, sentences, sentence && allegerIn(block, sentence, cue, attributions)));
  }
  let next = 0;
  for (const cue of hedges.match(block, sentences)) {
    while (next < alleged.length && alleged[next].end <= cue.start) next++;
    if (next < alleged.length && alleged[next].start < cue.end) continue;
    found.push(finding('hedge', cue, block, sentences));
  }
  if (projectHedges) {
    for (const cue of addedMatches(projectHedges.match(block, sentences), found)) found.push(finding('hedge', cue, block, sentences));
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

const MESSAGES = {
  allegation: (words: string, alleger?: Alleger) =>
    alleger
      ? `Allegation by ${alleger.who} — '${words}': ${alleger.check}, and on what evidence?`
      : `Allegation — '${words}': who alleges it, and on what evidence?`,
  hedge: (words: string) => `Hedge — '${words}': what is the uncertainty based on?`,
};

function finding(kind: 'allegation' | 'hedge', cue: Span, block: string, sentences: Span[], alleger?: Alleger): Detected {
  const sentence = sentenceAt(sentences, cue.start);
  return {
    kind,
    start: cue.start,
    end: cue.end,
    cue: { start: cue.start, end: cue.end },
    content: sentence && { start: sentence.start, end: sentence.end },
    message: MESSAGES[kind](block.slice(cue.start, cue.end), alleger),
  };
}
