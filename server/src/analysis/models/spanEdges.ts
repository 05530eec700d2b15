// Where a source or a content starts and ends, learned: the detectors find the attribution and a
// span for each part by rule, and a ranking model trained on the PolNeAR train split (averaged
// perceptron, scripts/eval/train-span-edges.ts) moves each edge to the token boundary it scores
// best among the few around the rule's. Rules are good at which words make an attribution and
// poor at the annotators' edges ("that", a title, a trailing clause); the model learns those.
// Features are hashed to 32-bit integers (the words' FNV-1a hashes mixed with the feature's
// template, role and side) rather than built as strings: scoring runs on every attribution of
// every keystroke, and a Map of numbers is several times faster than one of fresh strings.
import type { Span } from '../finding';
import { fnv1a } from '../engine/findingId';
import trained from './span-edges.json';
import { scoreOf, weightTable, type HashedWeights } from './weightTable';
import { LETTER_OR_DIGIT } from '../text/letters';

export type EdgeRole = 'source' | 'content' | 'cue';
const ROLE_CODE: Record<EdgeRole, number> = { source: 1, content: 2, cue: 3 };
type Side = 's' | 'e';

/**
 * The weights are two arrays of numbers, each hashed feature at the index of its weight: cheap to
 * parse and to keep until the table is built, where an object keyed by 70,000 features took
 * 5 MB of the server's heap and a third of the CLI's start-up.
 */
export interface SpanEdgeModel extends HashedWeights {
  /** How many token boundaries either side of the rule's edge are weighed. */
  window: number;
}

/** The model as trained, with the command that made it and its dev figures (span-edges.json). */
export const SPAN_EDGES: SpanEdgeModel = trained;

interface Token extends Span {
  /** The hash of the word in lower case, or of the character itself for punctuation; -1 until read. */
  word: number;
  /** The hash of its shape (see shapeOf); -1 until read. */
  shape: number;
}

/** One step of MurmurHash3's mixing: `value` folded into `hash`. */
function mix(hash: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/**
 * The feature made of a template, the edge's role and side, and up to three values: 30 bits, a
 * small integer to V8, which a Map hashes far faster than a larger number.
 */
function feature(prefix: number, template: number, a: number, b?: number, c?: number): number {
  let hash = mix(prefix * 64 + template, a);
  if (b !== undefined) hash = mix(hash, b);
  if (c !== undefined) hash = mix(hash, c);
  return hash >>> 2;
}

const START = fnv1a('<s>');
const END = fnv1a('</s>');

const TOKEN = new RegExp(`${LETTER_OR_DIGIT}+(?:['’.-]${LETTER_OR_DIGIT}+)*|\\S`, 'gu');
const HANGING = /[\s,;:]/;
const TRAILING_DASH = /\s+(?:-|--|—|–)$/;
const SPACED_DASH = /\s(?:-|--|—|–)\s/;
// The most words an edge's move is read as one phrase.
const MAX_CROSSED = 4;
// The most token boundaries a cue's edge moves.
const CUE_WINDOW = 3;

const SHAPES = { Xx: fnv1a('Xx'), XX: fnv1a('XX'), X: fnv1a('X'), x: fnv1a('x'), d: fnv1a('d') };

/** The hash of "Xx", "XX", "X", "x", "d", or of punctuation as itself; `lower` is the token in lower case. */
function shapeOf(token: string, lower: string): number {
  const first = token.charCodeAt(0);
  if (first !== lower.charCodeAt(0)) return token === token.toUpperCase() ? (token.length > 1 ? SHAPES.XX : SHAPES.X) : SHAPES.Xx;
  if (token[0] !== token[0].toUpperCase()) return SHAPES.x;
  if (first >= 48 && first <= 57) return SHAPES.d;
  return /\p{N}/u.test(token[0]) ? SHAPES.d : fnv1a(lower);
}

/** Counts in buckets: 0, 1, 2, 3, 4–6, 7–12, 13–25, 26 and more. */
function bucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : n <= 25 ? 6 : 7;
}

/**
 * A paragraph's tokens, read once for every edge weighed in it. Boundary b is the place before
 * tokens[b] (b = tokens.length: after the last). A token's word and shape are hashed when an edge
 * first reads them: most of a paragraph's tokens are never near an edge.
 */
export class BlockTokens {
  readonly tokens: Token[] = [];
  /** sentenceEnds[b]: how many of the tokens before boundary b are a full stop, "!" or "?". */
  readonly sentenceEnds: number[] = [0];

  constructor(readonly text: string) {
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
      const token = match[0];
      const ends = token.length === 1 && (token === '.' || token === '!' || token === '?');
      this.tokens.push({ start: match.index, end: match.index + token.length, word: -1, shape: -1 });
      this.sentenceEnds.push(this.sentenceEnds[this.sentenceEnds.length - 1] + Number(ends));
    }
  }

  /** The word hash of tokens[i]; `<s>` before the first, `</s>` after the last. */
  wordAt(i: number): number {
    const token = this.tokens[i];
    if (!token) return i < 0 ? START : END;
    if (token.word < 0) this.hash(token);
    return token.word;
  }

  /** The shape hash of tokens[i], as wordAt. */
  shapeAt(i: number): number {
    const token = this.tokens[i];
    if (!token) return i < 0 ? START : END;
    if (token.shape < 0) this.hash(token);
    return token.shape;
  }

  private hash(token: Token): void {
    const written = this.text.slice(token.start, token.end);
    const word = written.toLowerCase();
    token.word = fnv1a(word);
    token.shape = shapeOf(written, word);
  }

  /** The first boundary at or after `offset`'s token start. */
  boundaryAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.tokens[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** A span and its cue in a paragraph's tokens, for weighing the span's edges. */
class EdgeContext {
  readonly tokens: Token[];
  private readonly sentenceEnds: number[];
  private readonly cueFirst: number;
  private readonly cueAfter: number;
  private readonly cueWord: number;

  constructor(
    private readonly block: BlockTokens,
    readonly span: Span,
    readonly role: EdgeRole,
    readonly cue: Span,
  ) {
    this.tokens = block.tokens;
    this.sentenceEnds = block.sentenceEnds;
    this.cueFirst = block.boundaryAt(cue.start);
    this.cueAfter = block.boundaryAt(cue.end);
    const first = this.tokens[this.cueFirst];
    this.cueWord = first && first.start < cue.end ? block.wordAt(this.cueFirst) : START;
  }

  boundaryAt(offset: number): number {
    return this.block.boundaryAt(offset);
  }

  /** The offset of boundary b: a start is where tokens[b] starts, an end where tokens[b - 1] ends. */
  offsetOf(b: number, side: Side): number {
    return side === 's' ? this.tokens[b].start : this.tokens[b - 1].end;
  }

  /** The features of an edge on `side` at boundary b, `delta` boundaries from the rule's edge; `other` is the other edge's boundary. */
  features(b: number, side: Side, delta: number, other: number, into: number[] = []): number[] {
    const p = ROLE_CODE[this.role] * 2 + (side === 's' ? 0 : 1);
    const { block } = this;
    const lw = block.wordAt(b - 1);
    const rw = block.wordAt(b);
    const ls = block.shapeAt(b - 1);
    const rs = block.shapeAt(b);
    const beforeCue = b <= this.cueFirst;
    const words = beforeCue ? this.cueFirst - b : Math.max(0, b - this.cueAfter);
    const low = beforeCue ? b : this.cueAfter;
    const high = beforeCue ? this.cueFirst : b;
    const crosses = high > low && this.sentenceEnds[high] - this.sentenceEnds[low] > 0;
    const sign = Math.sign(delta);
    // Written into `into`, which scoring reuses: no array per candidate. No
    // feature is the same for every candidate of an edge: it could not rank them.
    into[0] = feature(p, 1, delta);
    into[1] = feature(p, 2, lw);
    into[2] = feature(p, 3, rw);
    into[3] = feature(p, 6, ls);
    into[4] = feature(p, 7, rs);
    into[5] = feature(p, 8, ls, rs);
    into[6] = feature(p, 9, lw, rw);
    into[7] = feature(p, 10, delta, ls, rs);
    into[8] = feature(p, 11, Number(beforeCue), bucket(words));
    into[9] = feature(p, 12, Number(crosses));
    into[10] = feature(p, 13, bucket(Math.abs(other - b)));
    into[11] = feature(p, 16, sign, lw);
    into[12] = feature(p, 17, sign, rw);
    into[13] = feature(p, 18, this.cueWord, sign);
    into[14] = feature(p, 19, sign, this.crossed(b, delta));
    into[15] = feature(p, 20, block.wordAt(b - 2), lw);
    into[16] = feature(p, 21, rw, block.wordAt(b + 1));
    return into;
  }

  /** The words between boundary b and the rule's edge `delta` boundaries away, as one hash: what moving there adds or drops ("Friday", "in a statement"). */
  private crossed(b: number, delta: number): number {
    if (delta === 0 || Math.abs(delta) > MAX_CROSSED) return 0;
    const from = Math.min(b, b - delta);
    let hash = 0;
    for (let i = from; i < from + Math.abs(delta); i++) hash = mix(hash, this.block.wordAt(i));
    return hash;
  }

  /**
   * The edges weighed for the span's `side`: token boundaries within `window` of the rule's edge,
   * inside `limits`, keeping the span non-empty and on its side of the cue. The rule's edge first;
   * none else when the rule's edge is no token boundary.
   */
  candidates(side: Side, limits: Span, window: number): EdgeCandidate[] {
    const candidates: EdgeCandidate[] = [];
    this.visit(side, limits, window, (b, offset, delta, other) => {
      candidates.push({ offset, delta, features: b < 0 ? [] : this.features(b, side, delta, other) });
    });
    return candidates;
  }

  /** Calls `each` on every candidate (see candidates), the rule's edge first; b = -1 when it is no token boundary. */
  visit(side: Side, limits: Span, window: number, each: (b: number, offset: number, delta: number, other: number) => void): void {
    const { span, cue, tokens } = this;
    const rule = side === 's' ? span.start : span.end;
    const at = side === 's' ? this.boundaryAt(rule) : this.endBoundary(rule);
    const other = side === 's' ? this.endBoundary(span.end) : this.boundaryAt(span.start);
    const valid = (b: number) => b >= 0 && b <= tokens.length && (side === 's' ? b < tokens.length : b > 0);
    if (!valid(at) || this.offsetOf(at, side) !== rule) {
      each(-1, rule, 0, other);
      return;
    }
    each(at, rule, 0, other);
    const afterCue = span.start >= cue.end;
    const beforeCue = span.end <= cue.start;
    // A cue grows or shrinks by a few words at most ("said [in a statement]"): fewer to weigh.
    const reach = this.role === 'cue' ? Math.min(window, CUE_WINDOW) : window;
    for (let delta = -reach; delta <= reach; delta++) {
      const b = at + delta;
      if (delta === 0 || !valid(b)) continue;
      const offset = this.offsetOf(b, side);
      if (offset < limits.start || offset > limits.end) continue;
      if (side === 's' ? offset >= span.end : offset <= span.start) continue;
      if (afterCue && offset < cue.end) continue;
      if (beforeCue && offset > cue.start) continue;
      each(b, offset, delta, other);
    }
  }

  /** The boundary after the last token ending at or before `offset`. */
  private endBoundary(offset: number): number {
    let b = this.boundaryAt(offset);
    while (b > 0 && this.tokens[b - 1].end > offset) b--;
    return b;
  }
}

/** A candidate edge: its offset, features and distance from the rule's edge. */
export interface EdgeCandidate {
  offset: number;
  delta: number;
  features: number[];
}

/** The candidates for one edge of `span` (see EdgeContext.candidates), for training. */
export function edgeCandidates(block: BlockTokens, span: Span, side: Side, role: EdgeRole, cue: Span, limits: Span, window: number): EdgeCandidate[] {
  return new EdgeContext(block, span, role, cue).candidates(side, limits, window);
}

/** The stretch of `limits` around `span` that none of `others` (spans beside it) reaches into. */
export function roomAround(span: Span, others: Span[], limits: Span): Span {
  let { start, end } = limits;
  for (const other of others) {
    if (other.end <= span.start) start = Math.max(start, other.end);
    else if (other.start >= span.end) end = Math.min(end, other.start);
  }
  return { start, end };
}

/** The span with both edges moved where `model` scores them best (the rule's edge on ties). */
export function refineSpan(block: BlockTokens, span: Span, role: EdgeRole, cue: Span, limits: Span, model: SpanEdgeModel): Span {
  const { text } = block;
  const context = new EdgeContext(block, span, role, cue);
  const weights = weightTable(model);
  const scratch: number[] = [];
  const best = (side: Side) => {
    let chosen = -1;
    let top = -Infinity;
    context.visit(side, limits, model.window, (b, offset, delta, other) => {
      const score = b < 0 ? 0 : scoreOf(context.features(b, side, delta, other, scratch), weights);
      if (chosen < 0 || score > top) {
        top = score;
        chosen = offset;
      }
    });
    return chosen;
  };
  let start = best('s');
  let end = best('e');
  // A cue may end on its colon ("put it this way:"), as PolNeAR's do.
  if (role === 'cue') return end > start ? { start, end } : span;
  while (end > start && HANGING.test(text[end - 1])) end--;
  while (start < end && HANGING.test(text[start])) start++;
  // "said [the pier is safe] — and …": a content ends before a lone spaced dash, which opens the
  // writer's aside; one closing a pair inside it ("[fares — and tolls — rose]") stays.
  const dash = role === 'content' ? TRAILING_DASH.exec(text.slice(start, end)) : null;
  if (dash && !SPACED_DASH.test(text.slice(start, end - dash[0].length))) end -= dash[0].length;
  // A source set off by commas keeps the one that closes it ("Jo Park, 41,"), as PolNeAR's
  // annotators mark it (922 of the 1,029 such sources in train); a source with no comma of its
  // own ends before it. Messages name the speaker without it (speakerAsNamed).
  if (role === 'source' && text[end] === ',' && text.lastIndexOf(',', end - 1) >= start) end++;
  return end > start ? { start, end } : span;
}
