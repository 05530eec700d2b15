// Attributions and quotations in one block: for every cue, its speaker and what is credited to
// them (PolNeAR conventions: the cue is the attributing words only, the speaker as named there,
// the content what is attributed); for every quotation, the speaker it belongs to.
import { spansEndedBy, type Detected, type ReportedBy, type Span, type SpeakerSpan } from '../finding';
import { cueScore, findCues, invertsSpeaker, namesSourceAfter, scoresAsCue, takesListener, type Cue } from '../lexicons/cues';
import { findApostropheQuotations, findQuotations, type Quotation } from './quotes';
import { clauseSubject, invertedSource, isClause, isPronoun, namesNoOne, relativeSpeaker, sourceAfter, sourceBefore } from './speakers';
import { mentionOf, remember, rememberSubject, resolve } from './speakerMemory';
import { colonCues, speakerBeforeColon } from './colonCues';
import { isNoCue } from './notCues';
import { CUE_MODEL } from '../models/cueModel';
import { handOnTo, quoteFinding } from './quoteSpeakers';
import { joinQuoteClaims } from './quoteClaims';
import { contentAfter, contentParts } from './content';
import { passiveWithoutAgent, subjectContent } from './subjectContent';
import { throughPossessive } from './possessiveSubject';
import { opensOnVerb, pronounBefore, withPronoun } from './relativePronoun';
import { objectBefore, withObject } from './reducedRelative';
import { subjectOfHearsay } from './hearsayAdverb';
import { apostropheContinuations } from './apostropheContinuation';
import type { DiscourseState } from '../text/discourse';
import { attributionMessage, quoteMessage } from './messages';
import type { CompiledLexicon } from '../lexicons/projectLexicon';
import type { Attribution } from './attribution';
import { BlockTokens, refineSpan, roomAround, SPAN_EDGES, type SpanEdgeModel } from '../models/spanEdges';
import { spanHolding } from './quoteLookup';
import { opensWithSource, reportsNext } from './openingSource';
import { pollCue } from './pollCues';
import { frontedParticiple } from './frontedParticiple';
import { nameBeforeDescription } from './describedSpeaker';
import { joinedSpeakerStart } from './joinedSpeaker';
import { MAX_CUE_CANDIDATES } from '../limits';
import { uncounted, type Work } from '../work';

export { initialDiscourseState, rebaseState, type DiscourseState, type Mention } from '../text/discourse';


/** Whether `span` lies within a quotation: `quoted` holds the block's two kinds, each in order. */
function inside(span: Span, quoted: Span[][]): boolean {
  return quoted.some((quotes) => spanHolding(quotes, span) !== undefined);
}

// A participle of speaking follows a comma, a quotation, "and" or a word of time or manner: "…,” he
// said, adding …", "he spoke before adding: “…”", "she followed that by saying, “…”".
const PARTICIPLE_LEAD = /(?:,["”'’]*|["”]|\b(?:and|before|after|by|while|then))\s*$/;
const AFTER_PREPOSITION = /\b(?:by|before|after)\s+$/i;
const PREPOSITION_PARTICIPLE = /^(?:by|before|after)\s+\p{L}+ing$/iu;
const COORDINATED = /\S\s+(?:and|but)\s+(?:then\s+|also\s+)?$/;
const SUBJECT = /^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*(?=\s+[a-z])/u;

// "On Thursday, after the vote, [the mayor] spoke, telling …": phrases of time, place or manner
// set off by commas before the subject.
const FRONTED_PHRASES = /^(?:\s*(?:in|on|at|after|before|during|since|following|despite|with|without|from|amid|under|over|last|earlier|later|when|while|asked)\b[^,;:“”"]{0,120},)+\s*/i;

/**
 * "When she returned [she] began by saying", "[Ana Ruiz] ended her list by saying": the subject
 * that opens the words read back from the cue, when a verb follows it; "followed that by saying"
 * reads back only "that", no subject, and the sentence's subject is taken instead.
 */
function subjectBefore(block: string, sentence: Span, cueStart: number): SpeakerSpan | undefined {
  const words = sourceBefore(block, sentence.start, cueStart);
  const match = words ? SUBJECT.exec(block.slice(words.start, cueStart)) : null;
  return words && match ? { start: words.start, end: words.start + match[0].length } : undefined;
}

/** The noun phrase a sentence opens with, when it is a short one: "[The mayor] spoke, telling …". */
function sentenceSubject(block: string, sentence: Span, before: number): SpeakerSpan | undefined {
  for (const from of [sentence.start + (FRONTED_PHRASES.exec(block.slice(sentence.start, before))?.[0].length ?? 0), sentence.start]) {
    const match = SUBJECT.exec(block.slice(from, before));
    if (match) return throughPossessive(block, { start: from, end: from + match[0].length }, before);
  }
  return undefined;
}

// "That said, …", "Needless to say, …", "Having said that, …": a saying that credits no one.
const SAYING_IDIOM = /^\s*(?:that|this|needless|having|suffice it)\s*$/i;

// "a man named Okoro", "a website called Harbour Watch": naming a thing credits no one (4 of 20
// such in train are cues).
const NAMING_CUE = /^(?:named|called|dubbed|known as)$/;
const NAMED_THING = /(?:^|\s)[Aa]n?\s+\p{Ll}+\s+$/u;
// "The levy, called the Harbour Fee, pays for …": a name set off by commas. "Jo, on air, called
// Ruiz a liar, and left" names two things: the person and what she called him.
const APPOSITIVE_NAME = /^\s+(?:the\s+)?(?:\p{Lu}[^\s,;:“”"‘’']*\s*){1,4},|^\s+\p{Ll}+s,/u;

function namesInApposition(block: string, sentence: Span, cue: Cue): boolean {
  return /,\s*$/.test(block.slice(Math.max(sentence.start, cue.start - 3), cue.start)) && APPOSITIVE_NAME.test(block.slice(cue.end, sentence.end));
}

// "She cheered the plan and then urged …", "He called it a farce and the mayor agreed": a clause
// joined by "and" or "but" a few words before a later cue is that cue's, not this one's.
// What follows is the later cue's subject, if any: a determiner, a pronoun or a name ("the
// economic and power imbalance he sees" joins two words, not two clauses). After a dash the "and"
// opens an aside ("would argue — and Jo believes — that …").
const COORDINATION_BEFORE =
  /(?<=[\p{L}\p{N}”"’')])\s(?:and|but)\s+(?:(?:then|also|later|now|so|yet)\s+)?(?:(?:the|an?|his|her|their|its|our|my|this|that|these|those|he|she|they|we|i|it|you|many|some|most|others|\p{Lu}[^\s,;:“”"]*)\s+(?:[^\s,;:“”"]+\s+){0,3})?$/u;

/**
 * Where the part of the sentence this cue may claim ends: at the comma that sets off a later cue
 * ("Some think the port is safe, says the harbour master"), else at the "and" that joins its
 * clause. A later "according to X," that opens the content ("As Jo told staff, according to the
 * filing, the ledger was altered") is nested in this one instead.
 */
function claimEnd(block: string, sentence: Span, cue: Cue, laterCue: Cue | undefined): number {
  const opensContent = laterCue && namesSourceAfter(laterCue) && /^[^,]{1,80},\s*\S/.test(block.slice(laterCue.end, sentence.end));
  // "According to the log, Ms. Ortega said …": the opening source credits the later saying too.
  if (laterCue === undefined || opensContent || opensWithSource(block, sentence, cue)) return sentence.end;
  // "She said the pier was safe and added that …": so does the "and" that joins a later cue's verb.
  const joinedBy = COORDINATED.exec(block.slice(cue.end, laterCue.start));
  if (joinedBy) return cue.end + joinedBy.index + 1;
  const comma = block.lastIndexOf(',', laterCue.start);
  const joined = COORDINATION_BEFORE.exec(block.slice(Math.max(cue.end, laterCue.start - 60), laterCue.start));
  const and = joined ? laterCue.start - joined[0].length : -1;
  const until = comma > cue.end ? comma : and;
  return until > cue.end ? until : sentence.end;
}

// "Tom Baines wrote:" ending its paragraph: what he wrote is the next paragraph, so the
// attribution has no content in this one, only a speaker to hand on.
const LEAD_IN = /^[^.!?;:“”"\n]{0,60}:\s*$/;

/**
 * The attribution a cue makes in its sentence, or none when it has no speaker or no content. A
 * lead-in to the next paragraph has a speaker and no content.
 */
function attributionAt(
  block: string,
  sentence: Span,
  cue: Cue,
  quotes: Quotation[],
  state: DiscourseState,
  previous: Attribution | undefined,
  laterCue: Cue | undefined,
  score: number,
): Attribution | undefined {
  // The idiom's first word may be the cue's own leading word ("Having said"): read up to the form.
  if (SAYING_IDIOM.test(block.slice(sentence.start, cue.end - cue.form.length)) && /^(?:\s+that)?,/.test(block.slice(cue.end, cue.end + 6))) return undefined;
  if (NAMING_CUE.test(cue.form) && NAMED_THING.test(block.slice(Math.max(sentence.start, cue.start - 40), cue.start)) && /^\s+["“]?\p{Lu}/u.test(block.slice(cue.end, cue.end + 4))) return undefined;
  if (NAMING_CUE.test(cue.form) && namesInApposition(block, sentence, cue)) return undefined;
  const claimed = { start: sentence.start, end: claimEnd(block, sentence, cue, laterCue) };
  let source: Span | undefined;
  let sourceFirst = true;
  // A cue form may take in its preposition ("[by saying]"): the same participle after "by".
  const withPreposition = PREPOSITION_PARTICIPLE.test(block.slice(cue.start, cue.end));
  const participle = (/ing$/.test(cue.form.split(' ')[0]) || withPreposition) && !namesSourceAfter(cue);
  // "regain ground by [pledging]": a participle after a preposition is the clause's, named before.
  const named = participle && !withPreposition && !AFTER_PREPOSITION.test(block.slice(sentence.start, cue.start)) ? sourceBefore(block, sentence.start, cue.start) : undefined;
  // "…, Spicer said, adding, “…”": a speaker read back across the cue before is no speaker.
  // "responded by saying, “…”": the cue right before says how; one saying, one attribution.
  if (withPreposition && previous && !/\S/.test(block.slice(previous.cue.end, cue.start))) return undefined;
  if (participle && (!named || (previous && named.start < previous.cue.end))) {
    // "Noting that …, Ms. Ortega said": the subject after the opening clause says it.
    const fronted = !named ? frontedParticiple(block, sentence, cue, quotes) : undefined;
    if (fronted) return { start: cue.start, end: cue.end, cue, speaker: fronted.speaker, content: [fronted.content], fixedSpeaker: true };
    // "…,” she said, adding that …: the participle's speaker is the clause's.
    if (!withPreposition && !PARTICIPLE_LEAD.test(block.slice(sentence.start, cue.start))) return undefined;
    const subject = previous?.speaker ?? (withPreposition ? subjectBefore(block, sentence, cue.start) : undefined) ?? sentenceSubject(block, sentence, cue.start);
    const after = contentAfter(block, claimed, takesListener(cue) ? listenerEnd(block, cue.end, claimed.end) : cue.end, quotes);
    if (!subject || !after) return undefined;
    const speakerMention = previous?.speaker ? previous.speakerMention : undefined;
    return { start: cue.start, end: cue.end, cue, speaker: subject, speakerMention, content: [after] };
  }
  // "a message that said, “…”": what a quotation follows may be credited to a thing.
  const quoted = /^\s*[,:]?\s*[“"]/.test(block.slice(cue.end, cue.end + 4));
  if (namesSourceAfter(cue)) {
    source = sourceAfter(block, cue.end, sentence.end);
    sourceFirst = false;
  } else {
    const bareColon = cue.form === ':' && cue.end - cue.start === 1;
    source = relativeSpeaker(block, sentence.start, cue.start, quoted)?.relative ?? (bareColon ? speakerBeforeColon(block, sentence, cue.start) : sourceBefore(block, sentence.start, cue.start));
    // "…, the pilot and the captain said.": the whole speaker after the comma.
    if (source && !bareColon) source = { ...source, start: joinedSpeakerStart(block, sentence, source, cue) };
    if (!source && COORDINATED.test(block.slice(sentence.start, cue.start))) {
      // "She thanked the crowd and said …": the speaker is the clause's subject.
      source = previous?.speaker ?? sentenceSubject(block, sentence, cue.start);
    }
    if (!source && invertsSpeaker(cue)) {
      source = invertedSource(block, cue.end, sentence.end, /[”"'“],?\s*$/.test(block.slice(sentence.start, cue.start)));
      sourceFirst = !source;
    }
  }
  // "Residents say the closure has added …": a speaker read across an earlier cue is that cue's
  // content, and this word no cue at all.
  if (source && previous && source.start < previous.cue.start && previous.cue.end <= source.end) {
    // "Ruiz, a nurse who described herself as …, said": the name before the description speaks.
    source = nameBeforeDescription(block, source, previous.cue);
    if (!source) return undefined;
  }
  if (!source) return score >= NO_SOURCE_SCORE ? sourceless(block, claimed, cue, quotes) : undefined;
  const end = takesListener(cue) && sourceFirst ? listenerEnd(block, cue.end, sentence.end) : Math.max(source.end, cue.end);
  // An attribution whose content came before it ("“…,” she said, …") ends what the next may
  // claim; one whose content follows ("Some think …, says X") is nested in the next.
  const sibling = previous && previous.content.every((part) => part.end <= previous.start);
  const scope = { start: sibling ? Math.max(sentence.start, previous.end) : sentence.start, end: claimed.end };
  const relative = sourceFirst ? relativeSpeaker(block, sentence.start, source.end, quoted) : undefined;
  let content = relative ? relativeContent(block, scope, end, quotes) : contentParts(block, scope, cue, source, sourceFirst, quotes, end, !!laterCue);
  // "“…,” Grayson said, according to Frankel.": the second cue reports what the first one said.
  if (!content.length && previous && namesSourceAfter(cue)) content = previous.content;
  const gap = content.some((part) => part.start >= end && opensOnVerb(block, part.start));
  const pronoun = sourceFirst && !relative ? pronounBefore(block, scope.start, source, gap) : undefined;
  if (pronoun) content = withPronoun(block, pronoun, end, scope.end, content);
  const object = sourceFirst && !relative && !pronoun ? objectBefore(block, scope.start, source, cue) : undefined;
  if (object) {
    content = withObject(block, object.object, content, end);
    source = object.speaker;
  }
  if (!content.length && !LEAD_IN.test(block.slice(end))) return undefined;
  const hearsay = sourceFirst && !relative && !pronoun && !object ? subjectOfHearsay(block, cue, source) : undefined;
  if (hearsay) {
    const { subject } = hearsay;
    return { start: subject.start, end: Math.max(end, cue.end), cue: hearsay.cue, content: [subject, ...content.filter((part) => part.start >= cue.end)], pronoun: subject };
  }
  // "The vote is expected to slip", "It was confirmed by the trust": the subject is no speaker.
  const subject = content.length && sourceFirst && content.every((part) => part.start >= cue.end) ? subjectContent(block, scope, cue, relative?.relative ?? source, content, quotes) : undefined;
  // "The plan was approved last year": whatever the rules make of the rest, the subject says nothing.
  if (!subject && sourceFirst && !relative && passiveWithoutAgent(block, cue, sentence.end)) return { start: cue.start, end: cue.end, cue, content };
  if (subject) {
    const agent = subject.agent && resolve(block, subject.agent, state);
    return { start: Math.min(source.start, cue.start), end: Math.max(end, subject.end), cue, speaker: agent?.speaker, speakerMention: agent?.mention, content: subject.content };
  }
  const { speaker, mention } = relative?.antecedent
    ? { speaker: { ...relative.relative, name: block.slice(relative.antecedent.start, relative.antecedent.end) }, mention: relative.antecedent }
    : resolve(block, source, state);
  const lead = /(?:^|\s)(as\s+)$/i.exec(block.slice(Math.max(sentence.start, source.start - 4), source.start));
  const start = Math.min(source.start, cue.start) - (lead ? lead[1].length : 0);
  return { start, end, cue, speaker, speakerMention: mention, content, pronoun: pronoun ?? object?.object };
}

const LISTENER_BEFORE_BREAK = /^\s+(?!that\b)[^,:;“".]*?(?=\s*(?:,|:|\bthat\b))/;
const SHORT_LISTENER = /^\s+(?:him|her|them|me|us|you|reporters|journalists|colleagues|supporters|the crowd|(?:\p{Lu}[\p{L}.'’-]*\s?)+|(?:the|a|an|his|her|their|its|our|my)\s+\p{L}+)/u;

// What scoring one candidate reads besides its rivals: a window either side (see cueFeatures.ts).
const CUE_SCORE_STEPS = 120;

// A cue this likely stands on its own with no speaker named.
const NO_SOURCE_SCORE = CUE_MODEL.sourcelessThreshold;

/** A cue sure enough to stand without a named speaker ("is expected to", "reportedly"). */
function sourceless(block: string, sentence: Span, cue: Cue, quotes: Quotation[]): Attribution | undefined {
  const after = contentAfter(block, sentence, cue.end, quotes);
  if (!after) return undefined;
  return { start: cue.start, end: cue.end, cue, content: [after] };
}

/**
 * "…, who said [the boiler had failed], …": a relative clause's content ends with the clause. A
 * comma that leads into a quotation ("who declared in the hall, “…”") ends no clause.
 */
function relativeContent(block: string, scope: Span, from: number, quotes: Quotation[]): Span[] {
  const comma = block.indexOf(',', from + 1);
  const ends = comma > 0 && comma < scope.end && !/^,\s*[“"]/.test(block.slice(comma, comma + 3));
  const clause = { start: scope.start, end: ends ? comma : scope.end };
  const after = contentAfter(block, clause, from, quotes);
  return after ? [after] : [];
}

/** "told [his colleagues]," — the listener is part of the attribution, not of its content. */
function listenerEnd(block: string, from: number, to: number): number {
  const rest = block.slice(from, to);
  const bounded = LISTENER_BEFORE_BREAK.exec(rest);
  if (bounded && bounded[0].trim().split(/\s+/).length <= 6) return from + bounded[0].length;
  const short = SHORT_LISTENER.exec(rest);
  return short ? from + short[0].trimEnd().length : from;
}

const RESTRICTIVE_THAT = /^that$/i;

// Content made of quotations keeps the quotation marks' edges: they are the quote detector's.
const QUOTED_EDGE = /^["“‘']|["”’']$/;

/**
 * The attribution with its speaker's, content's and cue's edges where the span-edge model puts
 * them (see models/spanEdges.ts). The speaker and content are weighed against the rules' cue, as
 * in training. The attribution's own extent follows its speaker and cue.
 */
function refined(tokens: BlockTokens, attribution: Attribution, model: SpanEdgeModel, previousCue?: Span): Attribution {
  const block = tokens.text;
  const limits = { start: 0, end: block.length };
  // "“…,” she said, as [the crowd] chanted “…”": a speaker never reaches back over the cue before it.
  const speakerLimits = previousCue && previousCue.end <= (attribution.speaker?.start ?? 0) ? { start: previousCue.end, end: block.length } : limits;
  const { cue, speaker, content } = attribution;
  let { start, end } = attribution;
  let newSpeaker = speaker;
  // "a message that said": the restrictive "that" is the speaker as named there, the noun before
  // it no part of it, though no comma stands between.
  if (speaker && !attribution.fixedSpeaker && speaker.end > speaker.start && !RESTRICTIVE_THAT.test(block.slice(speaker.start, speaker.end))) {
    const edges = refineSpan(tokens, speaker, 'source', cue, speakerLimits, model);
    // The speaker's edges never reach into what it is credited with.
    if (!overlaps(content, edges)) {
      newSpeaker = { ...speaker, ...edges };
      if (start === speaker.start) start = edges.start;
      if (end === speaker.end) end = edges.end;
    }
  }
  // The pronoun is one word, its edges are its own: the model weighs the words after the cue.
  const pronoun = attribution.pronoun ? content.slice(0, 1) : [];
  const said = content.slice(pronoun.length);
  let parts = said;
  if (said.length) {
    const whole = { start: said[0].start, end: said[said.length - 1].end };
    if (!QUOTED_EDGE.test(block.slice(whole.start, whole.end))) {
      const edges = refineSpan(tokens, whole, 'content', cue, limits, model);
      parts = said.map((part, i) => ({
        start: i === 0 ? edges.start : part.start,
        end: i === said.length - 1 ? edges.end : part.end,
      }));
      if (parts.some((part) => part.end <= part.start) || overlaps(parts, cue) || (newSpeaker && overlaps(parts, newSpeaker))) parts = said;
    }
  }
  // The cue last, within the room its speaker and content leave it ("said [Friday]", "told reporters").
  const room = roomAround(cue, newSpeaker ? [newSpeaker, ...parts] : parts, limits);
  const newCue = { ...cue, ...refineSpan(tokens, cue, 'cue', cue, room, model) };
  parts = [...pronoun, ...withInfinitive(block, newCue, parts)];
  if (start === cue.start) start = newCue.start;
  if (end === cue.end) end = newCue.end;
  return { ...attribution, cue: newCue, start: Math.min(start, newCue.start), end: Math.max(end, newCue.end), speaker: newSpeaker, content: parts };
}

// "is expected [to lay the ground]": a cue that leaves its "to" behind gives it to the content, as
// PolNeAR's annotators mark an infinitive (48 of the 55 such contents that match one exactly in
// half of train).
const LONE_TO = /^\s+to\s+$/;

function withInfinitive(block: string, cue: Span, parts: Span[]): Span[] {
  // The part after the cue: a subject before it may be the first ("The vote is expected to slip").
  const i = parts.findIndex((part) => part.start >= cue.end);
  const next = parts[i];
  if (!next || !LONE_TO.test(block.slice(cue.end, next.start))) return parts;
  return parts.map((part, j) => (j === i ? { start: block.indexOf('to', cue.end), end: part.end } : part));
}

function overlaps(parts: Span[], span: Span): boolean {
  return parts.some((part) => part.start < span.end && span.start < part.end);
}

// A word that opens a clause is no part of the name that is its subject: "If [Trump] wanted …",
// "What [Trump] hoped …" (what follows anything else is no name: "how many of our arguments").
const SUBORDINATOR = /^(?:if|when|while|although|though|because|since|unless|once|until|what)\s+/i;
const NAME_FIRST = /^\p{Lu}/u;

function withoutSubordinator(block: string, attribution: Attribution): Attribution {
  const { speaker } = attribution;
  const words = speaker ? block.slice(speaker.start, speaker.end) : '';
  const lead = SUBORDINATOR.exec(words);
  if (!speaker || !lead || !NAME_FIRST.test(words.slice(lead[0].length))) return attribution;
  const start = speaker.start + lead[0].length;
  return { ...attribution, start: attribution.start === speaker.start ? start : attribution.start, speaker: { ...speaker, start } };
}

/**
 * An attribution whose speaker names no one ("an [assertion]", "Ferry Plan Up for Vote Amid
 * [Allegations of] Waste") has no speaker, and stands on its cue alone.
 */
function withoutNoOne(block: string, found: Attribution): Attribution {
  const attribution = withoutSubordinator(block, found);
  const { speaker, cue } = attribution;
  if (!speaker) return attribution;
  const words = block.slice(speaker.start, speaker.end);
  if (!namesNoOne(words)) return attribution;
  // "Mr Lee had at last [said]": the clause's named subject is who speaks.
  const subject = isClause(words) ? clauseSubject(words) : undefined;
  if (subject) return { ...attribution, speaker: { start: speaker.start, end: speaker.start + subject.length } };
  const start = attribution.start === speaker.start ? cue.start : attribution.start;
  const end = attribution.end === speaker.end ? cue.end : attribution.end;
  return { ...attribution, start, end, speaker: undefined, speakerMention: undefined };
}

/** A speaker the span-edge model cut down to a pronoun ("[what] it called") names whom the pronoun does. */
function namedAgain(block: string, attribution: Attribution, state: DiscourseState): Attribution {
  const { speaker } = attribution;
  if (!speaker || speaker.name !== undefined || attribution.speakerMention || !isPronoun(block.slice(speaker.start, speaker.end))) return attribution;
  const { speaker: named, mention } = resolve(block, speaker, state);
  return mention ? { ...attribution, speaker: named, speakerMention: mention } : attribution;
}

/** A quotation in the words of a speaker reported from a source ("Mr Jin told colleagues, according to the complaint, …") is reported from it too. */
function reportedQuote(block: string, quote: Detected, reportedByCue: Map<number, ReportedBy>): Detected {
  const reportedBy = quote.cue && reportedByCue.get(quote.cue.start);
  if (!reportedBy) return quote;
  const withSource = { ...quote, reportedBy };
  return { ...withSource, message: quoteMessage(block, withSource) };
}

const contentKey = (attribution: Attribution) => attribution.content.map((part) => `${part.start}:${part.end}`).join(' ');

/**
 * "As Mr Jin told colleagues, according to the complaint, …": a source cited for what a speaker
 * said credits the same words. One claim, the speaker's, reported from that source: each
 * speaker's attribution, with the one it is reported from.
 */
function reportersOf(attributions: Attribution[]): Map<Attribution, Attribution> {
  const reported = new Map<Attribution, Attribution>();
  const speakers = new Map<string, Attribution[]>();
  for (const attribution of attributions) {
    if (!attribution.speaker || namesSourceAfter(attribution.cue)) continue;
    const key = contentKey(attribution);
    const same = speakers.get(key);
    if (same) same.push(attribution);
    else speakers.set(key, [attribution]);
  }
  attributions.forEach((reporter, i) => {
    if (!reporter.speaker || !namesSourceAfter(reporter.cue)) return;
    let speaker = speakers.get(contentKey(reporter))?.shift();
    // "According to the log, Ms. Ortega said …": the saying the opening source credits.
    const next = attributions[i + 1];
    if (!speaker && next?.speaker && !namesSourceAfter(next.cue) && !reported.has(next) && reportsNext(reporter, next)) speaker = next;
    if (speaker) reported.set(speaker, reporter);
  });
  return reported;
}

// Verbs that go on with words already said: what follows comes from the same telling.
const GOES_ON = /^(?:add(?:s|ed|ing)?|continu(?:e|es|ed|ing)|went on|goes on|go on)\b/;

/**
 * "As Mr Jin told colleagues, according to the complaint, … “…,” he added, “…”": what the speaker
 * goes on to say in the same paragraph is reported from the same source.
 */
function carriedReports(attributions: Attribution[], reported: Map<Attribution, Attribution>): Map<Attribution, Attribution> {
  const carried = new Map<Attribution, Attribution>();
  let last: { speaker: Span; reporter: Attribution } | undefined;
  for (const attribution of attributions) {
    const reporter = reported.get(attribution);
    if (reporter && attribution.speaker) {
      last = { speaker: attribution.speaker, reporter };
      continue;
    }
    const mention = attribution.speakerMention;
    if (last && !reporter && mention && mention.start === last.speaker.start && GOES_ON.test(attribution.cue.form)) carried.set(attribution, last.reporter);
  }
  return carried;
}

/** The attributions made in the sentences that `quote` overlaps, in order. */
function attributionsOverlapping(sentences: Span[], bySentence: Attribution[][], quote: Span): Attribution[] {
  const found: Attribution[] = [];
  let i = spansEndedBy(sentences, quote.start);
  for (; i < sentences.length && sentences[i].start < quote.end; i++) found.push(...bySentence[i]);
  // And the sentence after: “Was it fair?” she asked.
  if (i < sentences.length) found.push(...bySentence[i]);
  return found;
}

/**
 * The quotations content is bounded by: two-apostrophe ones (''…'') too, so that what was said
 * runs to their marks across the sentences inside them, as it does to curly ones ("''A. B,''
 * she said" credits both sentences).
 */
function withApostropheQuotations(quotes: Quotation[], apostrophes: Span[]): Quotation[] {
  if (!apostrophes.length) return quotes;
  const merged: Quotation[] = [...quotes];
  for (const span of apostrophes) if (!quotes.some((q) => q.start < span.end && span.start < q.end)) merged.push({ ...span, open: false, words: 1 });
  return merged.sort((a, b) => a.start - b.start);
}

/** The last attribution with a speaker among a sentence's. */
function lastSayer(attributions: readonly Attribution[] = []): Attribution | undefined {
  for (let i = attributions.length - 1; i >= 0; i--) if (attributions[i].speaker) return attributions[i];
  return undefined;
}

/** The last attribution with a speaker in the sentence before the one `quote` opens in. */
function lastSayerBefore(sentences: Span[], bySentence: Attribution[][], quote: Span): Attribution | undefined {
  return lastSayer(bySentence[spansEndedBy(sentences, quote.start) - 1]);
}

/** `edges`: the span-edge model, or null for the rules' edges alone (as its training reads them). */
export function detectQuotesAndAttributions(
  block: string,
  sentences: Span[],
  incoming: DiscourseState,
  projectCues?: CompiledLexicon['cues'],
  work: Work = uncounted(),
  edges: SpanEdgeModel | null = SPAN_EDGES,
): { findings: Detected[]; state: DiscourseState } {
  const state: DiscourseState = { ...incoming };
  // A lead-in reaches only the paragraph right after it.
  delete state.ledIn;
  const quotes = findQuotations(block);
  const quoted: Span[][] = [quotes, findApostropheQuotations(block)];
  const contentQuotes = withApostropheQuotations(quotes, quoted[1]);
  const attributions: Attribution[] = [];
  const attributionFindings: Detected[] = [];
  const scores = new Map<Cue, number>();
  // The paragraph's tokens for the span-edge model, read on its first attribution.
  let tokens: BlockTokens | undefined;
  let leadIn: Attribution | undefined;
  // Each sentence's attributions: a quotation belongs to one made in a sentence it overlaps or in
  // the sentence right after it, since content runs from the cue's sentence at most to the marks
  // of a quotation crossing it or ending just before it.
  const bySentence: Attribution[][] = [];
  for (const sentence of sentences) {
    rememberSubject(block, sentence, state);
    const candidates = findCues(block, sentence.start, sentence.end, projectCues?.matcher);
    work.add(sentence.end - sentence.start);
    for (const cue of candidates) {
      scores.set(cue, cueScore(block, sentence, cue, candidates));
      work.add(CUE_SCORE_STEPS + candidates.length);
    }
    // A project's own verbs have no counts from the train split: the team's word stands for them.
    const wordCues = candidates.filter((cue) => projectCues?.added.has(cue.form) || (scoresAsCue(cue, scores.get(cue)!) && !isNoCue(block, sentence, cue)));
    const poll = pollCue(block, sentence);
    const cues = [...wordCues, ...colonCues(block, sentence, wordCues), ...(poll ? [poll] : [])].sort((a, b) => a.start - b.start).slice(0, MAX_CUE_CANDIDATES);
    // Only this sentence's attributions can overlap its cues.
    const sentenceFirst = attributions.length;
    const own: Attribution[] = [];
    bySentence.push(own);
    for (const cue of cues) {
      work.add(cues.length + attributions.length - sentenceFirst + sentence.end - sentence.start);
      if (inside(cue, quoted)) continue;
      if (attributions.slice(sentenceFirst).some((a) => a.cue.end > cue.start && a.cue.start < cue.end)) continue;
      const previous = attributions.length && attributions[attributions.length - 1].start >= sentence.start ? attributions[attributions.length - 1] : undefined;
      const laterCue = cues.find((other) => other.start > cue.end && !inside(other, quoted));
      const score = scores.get(cue) ?? cueScore(block, sentence, cue);
      const found = attributionAt(block, sentence, cue, contentQuotes, state, previous, laterCue, score);
      if (!found) continue;
      if (!found.content.length) {
        leadIn = withoutNoOne(block, found);
        if (leadIn.speaker) remember(block, leadIn.speaker, leadIn.speakerMention, state);
        continue;
      }
      if (edges && edges.window > 0 && !tokens) {
        tokens = new BlockTokens(block);
        work.add(block.length);
      }
      // Three spans, two edges each, a window of boundaries either side of each edge.
      if (edges && tokens) work.add(6 * (2 * edges.window + 1));
      const edged = edges && tokens ? refined(tokens, found, edges, previous?.cue) : found;
      const attribution = withoutNoOne(block, namedAgain(block, edged, state));
      // Words read as a speaker that name no one leave a cue that must stand without one; a clause
      // read as one is the rules' misreading of a sentence, not a sign the cue is weak.
      const misread = edged.speaker && isClause(block.slice(edged.speaker.start, edged.speaker.end));
      if (found.speaker && !attribution.speaker && !misread && score < NO_SOURCE_SCORE) continue;
      attributions.push(attribution);
      own.push(attribution);
      if (attribution.speaker) remember(block, attribution.speaker, attribution.speakerMention, state);
    }
  }
  const continued = apostropheContinuations(block, sentences, bySentence, quoted[1]);
  work.add(sentences.length + quoted[1].length);
  const reported = reportersOf(attributions);
  const carried = carriedReports(attributions, reported);
  const reporters = new Set(reported.values());
  // Where each reported speaker's cue stands, for the quotations in their words.
  const reportedByCue = new Map<number, ReportedBy>();
  for (const attribution of attributions) {
    if (reporters.has(attribution)) continue;
    const more = continued.get(attribution);
    const content = more ? [...attribution.content, more] : attribution.content;
    const reporter = reported.get(attribution);
    const source = reporter ?? carried.get(attribution);
    const reportedBy = source && { cue: { start: source.cue.start, end: source.cue.end }, speaker: source.speaker! };
    if (reportedBy) reportedByCue.set(attribution.cue.start, reportedBy);
    attributionFindings.push({
      kind: 'attribution',
      start: Math.min(attribution.start, reporter?.start ?? Infinity),
      end: Math.max(attribution.end, reporter?.end ?? -Infinity),
      cue: { start: attribution.cue.start, end: attribution.cue.end },
      speaker: attribution.speaker,
      content: content.length ? { start: content[0].start, end: content[content.length - 1].end } : undefined,
      // "Y, X says, Z": the content is two parts with the attribution between them, as PolNeAR marks it.
      ...(content.length > 1 ? { parts: content.map(({ start, end }) => ({ start, end })) } : {}),
      speakerMention: attribution.speakerMention,
      ...(reportedBy ? { reportedBy } : {}),
      message: attributionMessage(block, { speaker: attribution.speaker, reportedBy }),
    });
  }
  // Quotations once every cue of the block is known: the cue may follow in a later sentence
  // (“Are you running?” she asked.). Only the last quoted speaker carries on from here.
  const quoteFindings: Detected[] = [];
  for (const quote of quotes) {
    const near = attributionsOverlapping(sentences, bySentence, quote);
    work.add(near.length + 1);
    const last = quoteFindings[quoteFindings.length - 1];
    const finding = quoteFinding(block, sentences, quote, near, state, lastSayerBefore(sentences, bySentence, quote), last);
    if (finding) quoteFindings.push(reportedQuote(block, finding, reportedByCue));
  }
  // A paragraph that ends on "…, Sam Lau said in a statement." or "Lau wrote:" hands Lau the
  // quotation that opens the next.
  handOnTo(block, leadIn ?? lastSayer(bySentence[bySentence.length - 1]), state);
  if (leadIn?.speaker) state.ledIn = mentionOf(block, leadIn.speaker);
  work.add(attributionFindings.length + quoteFindings.length);
  return { findings: joinQuoteClaims(block, attributionFindings, quoteFindings), state };
}
