// A paragraph whose incoming discourse state only moved: typing in one paragraph moves every
// mention of a speaker named there (or before) relative to the paragraphs after it, so their
// incoming states differ from the cached ones by those moves alone, until paragraphs name new
// speakers. The detectors only copy a mention's offsets into findings and the state they hand on
// (never reading the text there or measuring a distance), so such a paragraph's result is the
// cached one with every span before the paragraph's start (negative: it came from the state)
// replaced by where that mention is now. On long news articles that saves about ten paragraphs'
// analysis per keystroke.
import type { Detected, Span } from '../finding';
import type { DiscourseState, DocumentAlleger, Mention } from '../text/discourse';

const MENTIONS = ['person', 'source', 'quoted', 'ledIn'] as const;
const SPANS = ['cue', 'speaker', 'content', 'speakerMention'] as const;

/** Where each span of the old state is in the new one, by "start,end". */
export type StateMoves = Map<string, Span>;

const keyOf = (span: Span) => `${span.start},${span.end}`;

function record(moves: StateMoves, was: Span, now: Span): boolean {
  const key = keyOf(was);
  const known = moves.get(key);
  if (known) return known.start === now.start && known.end === now.end;
  moves.set(key, { start: now.start, end: now.end });
  return true;
}

/**
 * Where the mentions of `before` are in `after`, when both name the same speakers in the same
 * roles; undefined otherwise, or when nothing moved.
 */
export function stateMoves(before: DiscourseState, after: DiscourseState): StateMoves | undefined {
  // The document named as making allegations is read into messages: it must be the same one.
  if (!sameAlleger(before.alleger, after.alleger)) return undefined;
  const moves: StateMoves = new Map();
  let moved = false;
  for (const name of MENTIONS) {
    const was: Mention | undefined = before[name];
    const now: Mention | undefined = after[name];
    if (!was || !now) {
      if (was !== now) return undefined;
      continue;
    }
    if (was.name !== now.name || !was.named !== !now.named || now.end - now.start !== was.end - was.start || !record(moves, was, now)) return undefined;
    if (was.named && now.named && !record(moves, was.named, now.named)) return undefined;
    moved ||= was.start !== now.start || was.named?.start !== now.named?.start;
  }
  return moved ? moves : undefined;
}

function sameAlleger(a: DocumentAlleger | undefined, b: DocumentAlleger | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.who === b.who && a.check === b.check && a.blocksAgo === b.blocksAgo);
}

/** The span where it is now: unchanged in the paragraph, moved with its mention before it; undefined if no mention was there. */
function moveSpan<T extends Span>(span: T, moves: StateMoves): T | undefined {
  if (span.start >= 0) return span;
  const now = moves.get(keyOf(span));
  return now && { ...span, start: now.start, end: now.end };
}

/** The state handed on, its mentions before the paragraph moved; undefined if one cannot be. */
export function movedState(state: DiscourseState, moves: StateMoves): DiscourseState | undefined {
  const next: DiscourseState = state.alleger ? { alleger: state.alleger } : {};
  for (const name of MENTIONS) {
    const mention = state[name];
    if (!mention) continue;
    const moved = moveSpan(mention, moves);
    if (!moved) return undefined;
    if (mention.named) {
      const named = moveSpan(mention.named, moves);
      if (!named) return undefined;
      moved.named = named;
    }
    next[name] = moved;
  }
  return next;
}

/**
 * The findings with their spans before the paragraph moved; undefined when one cannot be, or when
 * a finding has keys this does not know (it cannot tell where their offsets are).
 */
export function movedFindings(findings: Detected[], moves: StateMoves, plain: boolean): Detected[] | undefined {
  const refersBack = (finding: Detected) => SPANS.some((name) => (finding[name]?.start ?? 0) < 0);
  if (!plain) return findings.some(refersBack) ? undefined : findings;
  const result: Detected[] = [];
  for (const finding of findings) {
    if (!refersBack(finding)) {
      result.push(finding);
      continue;
    }
    const moved: Detected = { ...finding };
    for (const name of SPANS) {
      const span = finding[name];
      if (!span) continue;
      const now = moveSpan(span, moves);
      if (!now) return undefined;
      moved[name] = now;
    }
    result.push(moved);
  }
  return result;
}
