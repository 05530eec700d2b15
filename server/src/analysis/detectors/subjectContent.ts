// A cue in the passive or a verb of seeming says something about its subject, and says nothing of
// who speaks: "Her death was confirmed by the family", "The vote is expected to slip", "The
// pier seemed to sag". The subject is part of what is attributed (PolNeAR marks it as a part of
// the content, with the complement as the other); only a "by" phrase names a speaker.
import type { Span } from '../finding';
import { findCues, type Cue } from '../lexicons/cues';
import { contentAfter } from './content';
import type { Quotation } from './quotes';
import { sourceAfter } from './speakers';

// An auxiliary, an adverb if any, and a past participle: "was sharply criticized", "was first
// reported by", "was also criticized".
const PASSIVE_VERB = String.raw`(?:is|are|was|were|be|been|being|has been|have been|had been|will be|would be|could be|may be|might be|is being|are being|was being|were being)\s+(?:(?:\p{L}+ly|first|also|not|long|already|never|often|still|now|later|once)\s+)?\p{L}+(?:ed|en|wn|id|lt|ld|ught)`;
// "as" among them: in "The pier is seen as [a test of the council]" the pier is what is seen so,
// and PolNeAR marks it as a part of the content (in train, 16 contents more right, 1 lost).
const PASSIVE = new RegExp(`^${PASSIVE_VERB}(?:\\s+(?:by|to|of|with|for|about|as))?$`, 'iu');
// The passive with whatever preposition the cue took in ("is seen as", "was featured in").
const ANY_PASSIVE = new RegExp(`^${PASSIVE_VERB}(?:\\s+\\p{Ll}+){0,2}$`, 'iu');
const SEEMING = /^(?:\p{L}+\s+)?(?:seems?|seemed|appears?|appeared)(?:\s+to|\s+like)?$/iu;
// "She was asked whether …", "He was quoted as saying …": the subject hears or speaks.
const LISTENER = /\b(?:asked|told|questioned|pressed|urged|invited|informed|warned|reminded|assured|advised|briefed|interviewed|shown|given|sent|quoted|heard)\b/i;
const AGENT = /^\s+by\s+/i;
// "to be"/"to have"/"like" only: another verb after "to" may say something of its own ("appeared to
// imply that …", whose "that" opens what was implied).
const INFINITIVE_BEFORE = /^(\s+)(?:to be|to have|like)\s[^“”"'.;:]+$/;
// What goes on with the subject after the agent: "criticized by rivals [for …]". Anything else
// (a time, a place) says no more about it.
const COMPLEMENT_WORDS = 'to|for|as|that|of|about|over|like';
const COMPLEMENT = new RegExp(`^\\s*(?:${COMPLEMENT_WORDS})\\b`, 'i');
// Where the agent's name ends: at the complement, or at a phrase of when or where.
const AGENT_END = new RegExp(`\\s(?:${COMPLEMENT_WORDS}|whether|if|in|on|at|during|after|before|with)\\b`, 'i');

/** Whether the cue is a passive with no "by" phrase after it: its subject is what is said, and no one says it. */
export function passiveWithoutAgent(block: string, cue: Cue, to: number): boolean {
  const words = block.slice(cue.start, cue.end);
  return ANY_PASSIVE.test(words) && !/\sby$/i.test(words) && !LISTENER.test(words) && !AGENT.test(block.slice(cue.end, to));
}

export interface SubjectContent {
  /** Who the "by" phrase names, if any. */
  agent?: Span;
  content: Span[];
  /** Where the attributing words end: after the agent, if any. */
  end: number;
}

// "It seems that the pier will close", "it was reported that …": an "it" with a clause after its
// verb stands for that clause and says nothing itself (in train, 19 such "it"s were contents
// PolNeAR does not mark, none it does). With "to" or "like" after the verb ("It seemed to
// list") it may name a thing, and stays.
function standsForClause(block: string, subject: Span, cueWords: string, cueEnd: number, to: number): boolean {
  return /^it$/i.test(block.slice(subject.start, subject.end)) && !/\s(?:to|like)$/i.test(cueWords) && !/^\s*(?:to|like)\b/i.test(block.slice(cueEnd, to));
}

/** Who a "by" phrase names, up to where the complement goes on: "by rivals [for …]". */
function agentOf(block: string, from: number, to: number): Span | undefined {
  const named = sourceAfter(block, from, to);
  if (!named) return undefined;
  const cut = AGENT_END.exec(block.slice(named.start, named.end));
  return cut ? { start: named.start, end: named.start + cut.index } : named;
}

/** "She appeared to imply that …": the seeming is part of a saying, and the subject its speaker. */
function seemsToSay(block: string, cue: Cue, to: number): boolean {
  const next = /^(?:\s+to)?\s+/.exec(block.slice(cue.end, to));
  if (!next) return false;
  const at = cue.end + next[0].length;
  return findCues(block, at, to).some((other) => other.start === at);
}

/** "Ruiz was asked by the host whether …", "I was told that …": the subject heard it; who spoke is the agent, if named. */
function heard(block: string, scope: Span, cue: Cue, after: Span[]): SubjectContent | undefined {
  const by = AGENT.exec(block.slice(cue.end, scope.end));
  const agent = by ? agentOf(block, cue.end + by[0].length, scope.end) : undefined;
  // The rules' content may have taken the agent in: "told [by her editor] to drop it".
  const from = agent ? agent.end + (/^\s*/.exec(block.slice(agent.end, scope.end))?.[0].length ?? 0) : 0;
  const content = after.filter((part) => part.end > from).map((part) => ({ start: Math.max(part.start, from), end: part.end }));
  return content.length ? { agent, content, end: agent?.end ?? cue.end } : undefined;
}

/**
 * The content and speaker of an attribution whose `cue` says something of its `subject`, or
 * undefined for other cues and when nothing follows the cue but a time or a place. `after` is
 * the content the rules found after the cue.
 */
export function subjectContent(block: string, scope: Span, cue: Cue, subject: Span, after: Span[], quotes: Quotation[]): SubjectContent | undefined {
  const words = block.slice(cue.start, cue.end);
  const passive = PASSIVE.test(words) && !LISTENER.test(words);
  if (PASSIVE.test(words) && LISTENER.test(words)) return heard(block, scope, cue, after);
  if (!passive && (!SEEMING.test(words) || seemsToSay(block, cue, scope.end))) return undefined;
  const by = /\sby$/i.test(words) ? { 0: '' } : AGENT.exec(block.slice(cue.end, scope.end));
  const agent = by && passive ? agentOf(block, cue.end + by[0].length, scope.end) : undefined;
  if (agent) {
    const complement = COMPLEMENT.exec(block.slice(agent.end, scope.end));
    const rest = complement && contentAfter(block, scope, agent.end, quotes);
    // From the complement's first word: "criticized by rivals for a plan that …" keeps its "for".
    const start = agent.end + (/^\s*/.exec(block.slice(agent.end, scope.end))?.[0].length ?? 0);
    return { agent, content: rest && rest.end > start ? [subject, { start, end: rest.end }] : [subject], end: agent.end };
  }
  // The complement right after the cue ("expected [to slip]", "criticized [for …]"); one the
  // rules started at a later "that" ("appear [to be sure of their belief that …]") starts at "to"
  // (in train, 4 more content spans exact, none lost).
  const infinitive = after.length && INFINITIVE_BEFORE.exec(block.slice(cue.end, after[0].start));
  if (infinitive) after = [{ start: cue.end + infinitive[1].length, end: after[after.length - 1].end }];
  const first = after[0];
  // A quotation right after it is what something was called ("was labeled “Mostly True”"): a quote, left as the rules read it.
  if (!first || !/^\s*(?:to\s+)?$/i.test(block.slice(cue.end, first.start)) || /^[“"']/.test(block[first.start])) return undefined;
  return { content: standsForClause(block, subject, words, cue.end, scope.end) ? after : [subject, ...after], end: cue.end };
}
