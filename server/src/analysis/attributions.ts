// Attributions and quotations in one block: for every cue, its speaker and what is credited to
// them (PolNeAR conventions: the cue is the attributing words only, the speaker as named there,
// the content what is attributed); for every quotation, the speaker it belongs to.
import type { Detected, Span, SpeakerSpan } from './finding';
import { findCues, namesSourceAfter, takesListener, type Cue } from './cues';
import { findQuotations, type Quotation } from './quotes';
import { invertedSource, isPerson, isPersonPronoun, isPronoun, sourceAfter, sourceBefore } from './speakers';
import { contentParts } from './content';
import type { DiscourseState, Mention } from './discourse';
import { attributionMessage, quoteMessage } from './messages';

export { initialDiscourseState, rebaseState, type DiscourseState, type Mention } from './discourse';

export interface Attribution extends Span {
  cue: Cue;
  speaker?: SpeakerSpan;
  speakerMention?: Span;
  content: Span[];
}

/** Quotes of at most this many words with no speaker are scare quotes. */
const SCARE_QUOTE_WORDS = 2;

function inside(span: Span, quotes: Quotation[]): boolean {
  return quotes.some((q) => q.start < span.start && span.end <= q.end);
}

function resolve(block: string, source: Span, state: DiscourseState): { speaker: SpeakerSpan; mention?: Span } {
  const text = block.slice(source.start, source.end).replace(/[\s,]+$/, '');
  const speaker: SpeakerSpan = { start: source.start, end: source.start + text.length };
  if (!isPronoun(text)) return { speaker };
  const earlier = isPersonPronoun(text) ? state.person : /^(?:it|they)$/i.test(text) ? state.source : undefined;
  if (!earlier) return { speaker };
  return { speaker: { ...speaker, name: earlier.name }, mention: { start: earlier.start, end: earlier.end } };
}

function mentionOf(block: string, speaker: SpeakerSpan, mention: Span | undefined): Mention {
  return mention
    ? { name: speaker.name ?? block.slice(speaker.start, speaker.end), start: mention.start, end: mention.end }
    : { name: block.slice(speaker.start, speaker.end), start: speaker.start, end: speaker.end };
}

/** A speaker named here becomes what later pronouns refer to. */
function remember(block: string, speaker: SpeakerSpan, mention: Span | undefined, state: DiscourseState): void {
  const named = mentionOf(block, speaker, mention);
  if (!mention) {
    state.source = named;
    if (isPerson(named.name)) state.person = named;
  }
}

const NAME_COLON_QUOTE = /:\s*(?=[“"])/g;

/** "Pollster Jo Rees: “…”" — a name, a colon and a quotation: the colon is the cue. */
function colonCues(block: string, sentence: Span): Cue[] {
  const cues: Cue[] = [];
  NAME_COLON_QUOTE.lastIndex = sentence.start;
  for (let match = NAME_COLON_QUOTE.exec(block); match && match.index < sentence.end; match = NAME_COLON_QUOTE.exec(block)) {
    const source = sourceBefore(block, sentence.start, match.index);
    if (source && source.end === match.index && isPerson(block.slice(source.start, source.end))) {
      cues.push({ start: match.index, end: match.index + 1, form: ':' });
    }
  }
  return cues;
}

/** The attribution a cue makes in its sentence, or none when it has no speaker or no content. */
function attributionAt(block: string, sentence: Span, cue: Cue, quotes: Quotation[], state: DiscourseState): Attribution | undefined {
  let source: Span | undefined;
  let sourceFirst = true;
  if (namesSourceAfter(cue)) {
    source = sourceAfter(block, cue.end, sentence.end);
    sourceFirst = false;
  } else {
    source = sourceBefore(block, sentence.start, cue.start);
    if (!source) {
      source = invertedSource(block, cue.end, sentence.end);
      sourceFirst = !source;
    }
  }
  if (!source) return undefined;
  const end = takesListener(cue) && sourceFirst ? listenerEnd(block, cue.end, sentence.end) : Math.max(source.end, cue.end);
  const content = contentParts(block, sentence, cue, source, sourceFirst, quotes, end);
  if (!content.length) return undefined;
  const { speaker, mention } = resolve(block, source, state);
  const lead = /(?:^|\s)(as\s+)$/i.exec(block.slice(Math.max(sentence.start, source.start - 4), source.start));
  const start = Math.min(source.start, cue.start) - (lead ? lead[1].length : 0);
  return { start, end, cue, speaker, speakerMention: mention, content };
}

const LISTENER_BEFORE_BREAK = /^\s+(?!that\b)[^,:;“".]*?(?=\s*(?:,|:|\bthat\b))/;
const SHORT_LISTENER = /^\s+(?:him|her|them|me|us|you|reporters|journalists|colleagues|supporters|the crowd|(?:\p{Lu}[\p{L}.'’-]*\s?)+|(?:the|a|an|his|her|their|its|our|my)\s+\p{L}+)/u;

/** "told [his colleagues]," — the listener is part of the attribution, not of its content. */
function listenerEnd(block: string, from: number, to: number): number {
  const rest = block.slice(from, to);
  const bounded = LISTENER_BEFORE_BREAK.exec(rest);
  if (bounded && bounded[0].trim().split(/\s+/).length <= 6) return from + bounded[0].length;
  const short = SHORT_LISTENER.exec(rest);
  return short ? from + short[0].trimEnd().length : from;
}

export function detectQuotesAndAttributions(
  block: string,
  sentences: Span[],
  incoming: DiscourseState,
): { findings: Detected[]; state: DiscourseState } {
  const state: DiscourseState = { ...incoming };
  const quotes = findQuotations(block);
  const attributions: Attribution[] = [];
  const findings: Detected[] = [];
  for (const sentence of sentences) {
    const cues = [...findCues(block, sentence.start, sentence.end), ...colonCues(block, sentence)].sort((a, b) => a.start - b.start);
    for (const cue of cues) {
      if (inside(cue, quotes)) continue;
      if (attributions.some((a) => a.cue.end > cue.start && a.cue.start < cue.end)) continue;
      const attribution = attributionAt(block, sentence, cue, quotes, state);
      if (!attribution) continue;
      attributions.push(attribution);
      if (attribution.speaker) remember(block, attribution.speaker, attribution.speakerMention, state);
      findings.push({
        kind: 'attribution',
        start: attribution.start,
        end: attribution.end,
        cue: { start: cue.start, end: cue.end },
        speaker: attribution.speaker,
        content: attribution.content.length ? { start: attribution.content[0].start, end: attribution.content[attribution.content.length - 1].end } : undefined,
        speakerMention: attribution.speakerMention,
        message: attributionMessage(block, attribution),
      });
    }
  }
  // Quotations once every cue of the block is known: the cue may follow in a later sentence
  // (“Are you running?” she asked.). Only the last quoted speaker carries on from here.
  for (const quote of quotes) findings.push(quoteFinding(block, sentences, quote, attributions, state));
  return { findings, state };
}

/** The attribution whose content holds the quote, the tightest if nested. */
function owner(block: string, quote: Quotation, attributions: Attribution[]): Attribution | undefined {
  let best: Attribution | undefined;
  let bestLength = Infinity;
  for (const attribution of attributions) {
    for (const part of attribution.content) {
      // A document cited inside someone's words ("As X told colleagues, according to the
      // complaint, “…”") does not take the quote from the person who spoke it.
      const length = part.end - part.start + (namesSourceAfter(attribution.cue) ? block.length : 0);
      if (part.start <= quote.start && quote.end <= part.end && length < bestLength) {
        best = attribution;
        bestLength = length;
      }
    }
  }
  return best;
}

function quoteFinding(
  block: string,
  sentences: Span[],
  quote: Quotation,
  attributions: Attribution[],
  state: DiscourseState,
): Detected {
  const base = { kind: 'quote' as const, start: quote.start, end: quote.end, content: { start: quote.start, end: quote.end } };
  const attribution = owner(block, quote, attributions);
  if (attribution?.speaker) {
    state.quoted = mentionOf(block, attribution.speaker, attribution.speakerMention);
    const finding = { ...base, cue: { start: attribution.cue.start, end: attribution.cue.end }, speaker: attribution.speaker, speakerMention: attribution.speakerMention };
    return { ...finding, message: quoteMessage(block, finding) };
  }
  const opening = sentences.find((s) => s.start <= quote.start && quote.start < s.end);
  const opensSentence = !opening || !block.slice(opening.start, quote.start).trim();
  if (quote.words > SCARE_QUOTE_WORDS && opensSentence && state.quoted) {
    const earlier = state.quoted;
    const finding = { ...base, speaker: { start: earlier.start, end: earlier.end, name: earlier.name }, speakerMention: { start: earlier.start, end: earlier.end } };
    return { ...finding, message: quoteMessage(block, finding) };
  }
  return { ...base, message: quoteMessage(block, base, quote.words <= SCARE_QUOTE_WORDS) };
}
