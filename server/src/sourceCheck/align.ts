// Word-level alignment of one run of a quote against the source. Candidate places come from the
// source's word index: each of the run's words votes for where the run would start if that
// occurrence were its own (a diagonal); only the few best places are aligned, each inside a
// window a little longer than the run. The alignment costs what the run's length does; the votes
// what its words' occurrences do (a common word's list is only scanned for the pair it starts),
// never a scan of the source's text.
import type { QuoteItem } from './quoteParts';
import type { SourceIndex } from './sourceIndex';

export type AlignOp =
  | { op: 'same'; q: number; s: number }
  /** The first word of a run, equal but for the case of its first letter. */
  | { op: 'case'; q: number; s: number }
  | { op: 'changed'; q: number; s: number }
  /** An article word with no counterpart in the source. */
  | { op: 'added'; q: number }
  /** A source word the article leaves out. */
  | { op: 'dropped'; s: number }
  /** Square brackets standing for source words `s` up to `to` (exclusive; none when added). */
  | { op: 'brackets'; q: number; s: number; to: number };

export interface Alignment {
  ops: AlignOp[];
  /** The source words it spans, first and last (inclusive). */
  first: number;
  last: number;
  /** How many of the run's words (not punctuation) were found the same. */
  matched: number;
  words: number;
}

/** One unit of cost; brackets cost a little per source word they stand for, so they stand for as few as fit. */
const UNIT = 16;
/** The most source words a bracketed stand-in may replace ("[The authority]" for "The regional planning authority"). */
const BRACKET_REACH = 8;
/** Words this frequent in the source say little about where a quote is: they vote only together with the word after them. */
const COMMON = 400;
const CANDIDATES = 4;

/** The best alignment of `run` in the source, preferring places at or after `after` when costs tie. */
export function alignRun(run: QuoteItem[], index: SourceIndex, after = 0): Alignment | undefined {
  let best: Alignment | undefined;
  let bestCost = Infinity;
  for (const start of candidateStarts(run, index)) {
    const slack = 8 + Math.ceil(run.length / 4);
    const brackets = run.filter((item) => item.type === 'brackets').length * BRACKET_REACH;
    const lo = Math.max(0, start - slack);
    const hi = Math.min(index.words.length, start + run.length + brackets + slack);
    const found = alignIn(run, index, lo, hi);
    if (!found) continue;
    const better = found.cost < bestCost || (found.cost === bestCost && best !== undefined && best.first < after && found.alignment.first >= after);
    if (better) {
      best = found.alignment;
      bestCost = found.cost;
    }
  }
  return best;
}

function candidateStarts(run: QuoteItem[], index: SourceIndex): number[] {
  const votes = new Map<number, number>();
  const bucket = 8;
  const words = index.words;
  run.forEach((item, q) => {
    if (item.type !== 'word' || item.word.punct) return;
    const places = index.occurrences(item.word.key);
    const next = run[q + 1];
    // A common word votes only where the run's next word follows it too: a place, not a word.
    const follower = places.length > COMMON && next?.type === 'word' ? next.word.key : undefined;
    if (places.length > COMMON && follower === undefined) return;
    for (const p of places) {
      if (follower !== undefined && words[p + 1]?.key !== follower) continue;
      const b = Math.floor((p - q) / bucket);
      votes.set(b, (votes.get(b) ?? 0) + 1);
    }
  });
  return [...votes.entries()]
    .map(([b, n]) => ({ b, n: n + ((votes.get(b - 1) ?? 0) + (votes.get(b + 1) ?? 0)) / 2 }))
    .sort((x, y) => y.n - x.n || x.b - y.b)
    .slice(0, CANDIDATES)
    .map(({ b }) => Math.max(0, b * bucket));
}

const enum Step {
  Same = 1,
  Case,
  Changed,
  Added,
  Dropped,
  Brackets,
}

/** Semi-global alignment: the whole run against any stretch of source words lo..hi. */
function alignIn(run: QuoteItem[], index: SourceIndex, lo: number, hi: number): { alignment: Alignment; cost: number } | undefined {
  const m = run.length;
  const n = hi - lo;
  if (n <= 0) return undefined;
  const width = n + 1;
  const cost = new Int32Array((m + 1) * width);
  const step = new Uint8Array((m + 1) * width);
  const reach = new Uint8Array((m + 1) * width);
  const source = index.words;
  for (let i = 1; i <= m; i++) {
    const item = run[i - 1];
    for (let j = 0; j <= n; j++) {
      const at = i * width + j;
      let best = cost[at - width] + UNIT;
      let how: number = Step.Added;
      let k = 0;
      if (item.type === 'brackets') {
        for (let r = 0; r <= Math.min(BRACKET_REACH, j); r++) {
          // Leading brackets mostly stand in for words ("[Moss] said"): there, standing for none costs more.
          const c = cost[at - width - r] + (r === 0 && i === 1 ? BRACKET_REACH + 1 : r);
          if (c < best) [best, how, k] = [c, Step.Brackets, r];
        }
      } else if (j > 0) {
        const word = item.word;
        const other = source[lo + j - 1];
        const kind = word.text === other.text ? Step.Same : i === 1 && sameButFirstCase(word.text, other.text) ? Step.Case : Step.Changed;
        const c = cost[at - width - 1] + (kind === Step.Changed ? UNIT : 0);
        if (c < best) [best, how] = [c, kind];
      }
      if (j > 0 && cost[at - 1] + UNIT < best) [best, how] = [cost[at - 1] + UNIT, Step.Dropped];
      cost[at] = best;
      step[at] = how;
      reach[at] = k;
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[m * width + j] < cost[m * width + end]) end = j;
  const ops: AlignOp[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const at = i * width + j;
    switch (step[at]) {
      case Step.Same:
      case Step.Case:
      case Step.Changed:
        ops.push({ op: step[at] === Step.Same ? 'same' : step[at] === Step.Case ? 'case' : 'changed', q: i - 1, s: lo + j - 1 });
        i--;
        j--;
        break;
      case Step.Added:
        ops.push({ op: 'added', q: i - 1 });
        i--;
        break;
      case Step.Dropped:
        ops.push({ op: 'dropped', s: lo + j - 1 });
        j--;
        break;
      case Step.Brackets:
        ops.push({ op: 'brackets', q: i - 1, s: lo + j - reach[at], to: lo + j });
        j -= reach[at];
        i--;
        break;
    }
  }
  ops.reverse();
  return { alignment: summarise(run, ops), cost: cost[m * width + end] };
}

function sameButFirstCase(a: string, b: string): boolean {
  return a.length === b.length && a.slice(1) === b.slice(1) && a[0].toLowerCase() === b[0].toLowerCase();
}

export function summarise(run: QuoteItem[], ops: AlignOp[]): Alignment {
  let first = Infinity;
  let last = -1;
  let matched = 0;
  for (const op of ops) {
    if (op.op === 'added') continue;
    const from = op.s;
    const to = op.op === 'brackets' ? op.to - 1 : op.s;
    if (to < from) continue;
    first = Math.min(first, from);
    last = Math.max(last, to);
    if ((op.op === 'same' || op.op === 'case') && run[op.q].type === 'word' && !isPunct(run[op.q])) matched++;
  }
  const words = run.filter((item) => item.type === 'word' && !isPunct(item)).length;
  return { ops, first: Number.isFinite(first) ? first : 0, last, matched, words };
}

function isPunct(item: QuoteItem): boolean {
  return item.type === 'word' && item.word.punct;
}
