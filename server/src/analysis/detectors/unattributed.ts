// A check-worthy sentence with nothing to stand behind it: no attribution, quote or anonymous
// source in the sentence or anywhere in its paragraph. A sentence is check-worthy when it carries
// a statistic (a figure, date or ranking is specific by nature) or when the model in
// checkWorthiness.ts scores it as a factual claim rather than an opinion, question or rhetoric.
import type { Detected, FindingKind, Span } from '../finding';
import { isCheckWorthy } from '../models/checkWorthiness';
import { namesLegalAction } from './allegers';
import { isForecast } from './forecasts';
import { judgesByStanceOf } from './stanceAttributions';

const SOURCES: ReadonlySet<FindingKind> = new Set<FindingKind>(['attribution', 'quote', 'anonymous-source']);

// The writer is no source for their own claim ("I said", "as we reported"), and a quotation with
// nobody to say it (scare quotes) backs nothing up.
const FIRST_PERSON = /^(?:I|we|me|us)(?:['’](?:ve|m|re|d|ll))?(?:\s|$)/i;
// A pronoun that resolves to nobody named ("He said the pier was safe." with no "he" before it)
// gives the checker no one to ask: it is no source either.
const PRONOUN = /^(?:he|she|they|it|you|who|which|this|these|those)(?:['’](?:s|ve|re|d|ll))?$/i;

// An act on the record ("the senator voted against the bill", "the mayor vetoed it", "he opposed
// the levy", "the board wanted a new pier") is the claim itself, not someone vouching for one: the vote, veto or stance is what the
// checker looks up. The cue may carry its auxiliaries and adverbs ("had voted against", "has
// strongly opposed", "was rejected").
const RECORD_ACT =
  /^(?:(?:has|have|had|'ve|’ve|'d|’d|was|were|is|are|been|did|not|never|also|even|just|then|once|unanimously|strongly|bitterly|repeatedly|both)\s+)*(?:vot(?:e|ed|es|ing)(?:\s+(?:for|against))?|oppos(?:e|ed|es|ing)|support(?:ed|s|ing)?|veto(?:ed|es)?|sign(?:ed|s)?|approv(?:e|ed|es)|pass(?:ed|es)?|reject(?:ed|s)?|block(?:ed|s)?|cast|introduc(?:e|ed|es)|call(?:ed|s)?\s+for|want(?:ed|s)?|refus(?:e|ed|es)|decid(?:e|ed|es))$/i;

function isSource(block: string, finding: Detected): boolean {
  if (!SOURCES.has(finding.kind)) return false;
  if (finding.kind === 'attribution' && finding.cue && RECORD_ACT.test(block.slice(finding.cue.start, finding.cue.end))) return false;
  if (!finding.speaker) return finding.kind !== 'quote';
  const speaker = block.slice(finding.speaker.start, finding.speaker.end);
  if (PRONOUN.test(speaker) && !finding.speaker.name) return false;
  return !FIRST_PERSON.test(speaker);
}

// A claim needs something said about something: a fragment of one or two words (a time stamp, a
// dateline, a label) is not one.
const WORD = /[A-Za-z]{2,}/g;

export function isClaimSized(sentence: string): boolean {
  return (sentence.match(WORD)?.length ?? 0) >= 3;
}

/**
 * Whether anything in the paragraph names a source for its claims: a speaker, or a legal action
 * and who brought it ("a complaint filed by the Justice Department"), the document to check.
 */
export function namesSource(block: string, findings: Detected[]): boolean {
  return findings.some((finding) => isSource(block, finding)) || namesLegalAction(block);
}

export function detectUnattributed(block: string, sentences: Span[], others: Detected[]): Detected[] {
  if (namesSource(block, others)) return [];
  // Statistic starts in order, walked alongside the sentences (both are in order).
  const statistics = others.filter((finding) => finding.kind === 'statistic').map((finding) => finding.start).sort((a, b) => a - b);
  const found: Detected[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < statistics.length && statistics[next] < sentence.start) next++;
    const hasStatistic = next < statistics.length && statistics[next] < sentence.end;
    const text = block.slice(sentence.start, sentence.end);
    // A forecast with no figure or date in it states no fact yet: nothing to check it against;
    // a judgement by someone's standard ("what Beijing regards as illegal") is their stance.
    if (!isClaimSized(text) || (!hasStatistic && (isForecast(text) || judgesByStanceOf(text) || !isCheckWorthy(text)))) continue;
    found.push({
      kind: 'unattributed',
      start: sentence.start,
      end: sentence.end,
      content: { start: sentence.start, end: sentence.end },
      message: 'Unattributed claim: who says so, and where is it documented?',
    });
  }
  return found;
}
