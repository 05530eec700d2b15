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
import { initialDiscourseState, type DiscourseState } from '../text/discourse';

const allegations = new LexiconMatcher(allegationsLexicon as Lexicon);
const hedges = new LexiconMatcher(hedgesLexicon as Lexicon);

/**
 * `projectHedges`, a project's own terms, add `hedge` findings where no built-in cue already is;
 * `attributions`, the block's, name who makes an allegation in their sentence. Without
 * `withHedges`, allegations only: a reader that shows no hedges need not look for them.
 */
export function detectHedges(
  block: string,
  sentences: Span[],
  projectHedges?: LexiconMatcher,
  attributions: readonly Detected[] = [],
  state: DiscourseState = initialDiscourseState(),
  withHedges = true,
): Detected[] {
  const found: Detected[] = [];
  const alleged = allegations.match(block, sentences);
  for (const cue of alleged) {
    const sentence = sentenceAt(sentences, cue.start);
    const alleger = sentence && allegerIn(block, sentence, cue, attributions);
    // Someone else alleging in between leaves later allegations no longer the document's.
    if (alleger) state.alleger = alleger.document ? { who: alleger.who, check: alleger.check, blocksAgo: 0 } : undefined;
    const unsaid = !alleger && sentence && UNSAID.test(block.slice(cue.start, cue.end)) && !attributions.some((a) => a.cue && holds(sentence, a.cue));
    found.push(finding('allegation', cue, block, sentences, alleger ?? (unsaid ? earlierAlleger(state) : undefined)));
  }
  if (!withHedges) return found;
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

/**
 * A document named in an earlier paragraph as making the article's allegations ("a complaint filed
 * by the DoJ, which accuses him of allegedly …") probably makes a later one its sentence leaves
 * unsaid ("he allegedly helped …"): the checker is asked to confirm it, not to find it.
 */
function earlierAlleger(state: DiscourseState): EarlierAlleger | undefined {
  const named = state.alleger;
  if (!named || named.blocksAgo === 0) return undefined;
  return { who: named.who, check: named.check, document: true, earlier: named.blocksAgo };
}

// Words that leave the alleger unsaid ("he allegedly helped", "the alleged scheme"); a noun
// ("the allegations") may be anyone's, even those who deny it.
const UNSAID = /^(?:allegedly|alleged)$/i;

function holds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

type EarlierAlleger = Alleger & { earlier?: number };

function paragraphsBack(count: number): string {
  return count === 1 ? 'the paragraph before' : `${count} paragraphs before`;
}

const MESSAGES = {
  allegation: (words: string, alleger?: EarlierAlleger) =>
    alleger?.earlier
      ? `Allegation, probably by ${alleger.who} (named ${paragraphsBack(alleger.earlier)}) — '${words}': ${alleger.check}, and on what evidence?`
      : alleger
        ? `Allegation by ${alleger.who} — '${words}': ${alleger.check}, and on what evidence?`
        : `Allegation — '${words}': who alleges it, and on what evidence?`,
  hedge: (words: string) => `Hedge — '${words}': what is the uncertainty based on?`,
};

function finding(kind: 'allegation' | 'hedge', cue: Span, block: string, sentences: Span[], alleger?: EarlierAlleger): Detected {
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
