// Allegations ("allegedly", "is believed to") and hedges ("may", "suggests"). The finding is the
// cue word(s) only: that is what the corpus marks, what the checker's question is about ("who
// alleges it?"), and it keeps a short, stable squiggle inside sentences that other findings
// (statistics, unattributed claims) already cover. `content` is the sentence the cue hedges.
import type { Detected, Span } from './finding';
import { LexiconMatcher, type Lexicon } from './lexicon';
import { sentenceAt } from './sentenceLookup';
import allegationsLexicon from './lexicons/allegations.json';
import hedgesLexicon from './lexicons/hedges.json';

const allegations = new LexiconMatcher(allegationsLexicon as Lexicon);
const hedges = new LexiconMatcher(hedgesLexicon as Lexicon);

/** `projectHedges`, a project's own terms, add `hedge` findings where no built-in cue already is. */
export function detectHedges(block: string, sentences: Span[], projectHedges?: LexiconMatcher): Detected[] {
  const found: Detected[] = [];
  const alleged = allegations.match(block, sentences);
  for (const cue of alleged) {
    const words = block.slice(cue.start, cue.end);
    found.push(finding('allegation', cue, sentences, `Allegation — '${words}': who alleges it, and on what evidence?`));
  }
  let next = 0;
  for (const cue of hedges.match(block, sentences)) {
    while (next < alleged.length && alleged[next].end <= cue.start) next++;
    if (next < alleged.length && alleged[next].start < cue.end) continue;
    const words = block.slice(cue.start, cue.end);
    found.push(finding('hedge', cue, sentences, `Hedge — '${words}': what is the uncertainty based on?`));
  }
  if (projectHedges) {
    const builtIn = found.slice();
    for (const cue of projectHedges.match(block, sentences)) {
      if (builtIn.some((other) => other.start < cue.end && cue.start < other.end)) continue;
      found.push(finding('hedge', cue, sentences, `Hedge — '${block.slice(cue.start, cue.end)}': what is the uncertainty based on?`));
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

function finding(kind: 'allegation' | 'hedge', cue: Span, sentences: Span[], message: string): Detected {
  const sentence = sentenceAt(sentences, cue.start);
  return {
    kind,
    start: cue.start,
    end: cue.end,
    cue: { start: cue.start, end: cue.end },
    content: sentence && { start: sentence.start, end: sentence.end },
    message,
  };
}
