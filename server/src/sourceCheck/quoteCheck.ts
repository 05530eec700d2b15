// Checks a quote against a source document with the allowances of journalistic practice and
// nothing more: quotation-mark style and white space (never counted as edits), the case of the
// first letter, the final full stop made a comma before the attribution, ellipses for words left
// out, and square brackets for words stood in or added. Anything else is a difference.
import { alignRun, summarise, type AlignOp, type Alignment } from './align';
import { quoteParts, type QuoteItem } from './quoteParts';
import type { SourceIndex } from './sourceIndex';
import type { AllowedEdit, DiffPart, SourceCheck } from './sourceCheck';
import { isNegation, isNumber, type Word } from './words';

/** Share of a run's words that must be found for the run to count as found at all. */
const FOUND_SHARE = 0.5;
/** Share of a stitched stretch's words that must match where it came from. */
const STITCHED_SHARE = 0.8;
/** Fewest words a stretch must have to be looked for elsewhere as a stitched passage. */
const STITCH_WORDS = 3;

/** Fewest words in a row found the same that make the place a run was found at certain. */
const SOLID = 3;

interface PlacedRun {
  run: QuoteItem[];
  alignment: Alignment;
  /** Words at the run's start or end that come from another passage. */
  before?: DiffPart;
  after?: DiffPart;
}

export function checkQuote(quote: string, index: SourceIndex): SourceCheck {
  return placedCheck(quote, index).check;
}

/** The check, and the source's first and last word it rests on when anything was found. */
export function placedCheck(quote: string, index: SourceIndex): { check: SourceCheck; words?: [number, number] } {
  const { runs, ellipses } = quoteParts(quote);
  const finalMark = takeFinalMark(runs);
  if (runs.length === 0) return { check: notFound() };
  const placed: (PlacedRun | undefined)[] = [];
  let after = 0;
  for (const run of runs) {
    const alignment = alignRun(run, index, after);
    const found = alignment && alignment.matched > 0 && alignment.matched >= Math.ceil(alignment.words * FOUND_SHARE);
    placed.push(found ? withStitchedEdges(quote, run, alignment, index) : undefined);
    if (found) after = alignment.last + 1;
  }
  const found = placed.filter((p) => p !== undefined);
  if (found.length === 0) return { check: notFound() };

  const edits: AllowedEdit[] = [];
  const diff: Part[] = [];
  let previous: PlacedRun | undefined;
  placed.forEach((entry, r) => {
    if (r > 0) {
      const ellipsis = ellipses[r - 1];
      if (previous && entry && entry.alignment.first <= previous.alignment.last) {
        diff.push({ type: 'changed', article: ellipsis, source: '', note: `the passages around “${ellipsis}” are in another order in the source` });
      } else if (previous && entry) {
        const gap = entry.alignment.first > previous.alignment.last + 1 ? index.passage(previous.alignment.last + 1, entry.alignment.first - 1) : '';
        edits.push({ kind: 'ellipsis', article: ellipsis, source: gap });
      }
      diff.push({ type: 'same', article: ellipsis, span: spanOf(quote, ellipsis, diff) });
    }
    if (!entry) {
      diff.push({ type: 'added', article: runText(quote, runs[r]), note: `“${abbreviate(runText(quote, runs[r]))}” is not in the source` });
      return;
    }
    edits.push(...runEdits(entry, index));
    diff.push(...runDiff(quote, entry, index));
    previous = entry;
  });
  const lastRun = placed[placed.length - 1];
  if (finalMark && lastRun) {
    const next = index.words[lastRun.alignment.last + 1];
    const mark = finalMark.text;
    const span: [number, number] = [finalMark.start, finalMark.end];
    if (next && next.text === mark) diff.push({ type: 'same', article: mark, span });
    else if (!next || !next.punct || next.text === '.' || next.text === ',') {
      edits.push({ kind: 'final-punctuation', article: mark, source: next?.text === '.' ? '.' : '' });
      diff.push({ type: 'same', article: mark, span });
    } else diff.push({ type: 'changed', article: mark, source: next.text });
  }

  const first = found[0].alignment.first;
  const last = Math.max(...found.map((p) => p.alignment.last));
  const differs = diff.some((part) => part.type !== 'same');
  const check: SourceCheck = {
    status: differs ? 'differs' : edits.length ? 'allowed-edits' : 'verbatim',
    passage: index.passage(first, Math.max(first, last)),
    offset: index.words[first].start,
    place: index.placeOf(index.words[first].start),
    edits,
    diff: differs ? mergeSame(quote, diff) : [],
  };
  return { check, words: [first, Math.max(first, last)] };
}

/** Where an ellipsis sits in the quote: the first place after the parts before it. */
function spanOf(quote: string, ellipsis: string, before: Part[]): [number, number] | undefined {
  const from = before.reduce((end, part) => Math.max(end, part.span?.[1] ?? 0), 0);
  const at = quote.indexOf(ellipsis, from);
  return at < 0 ? undefined : [at, at + ellipsis.length];
}

export function notFound(): SourceCheck {
  return { status: 'not-found', edits: [], diff: [] };
}

/** A closing comma or full stop: compared with the source's own, under the final-punctuation allowance. */
function takeFinalMark(runs: QuoteItem[][]): Word | undefined {
  const run = runs[runs.length - 1];
  const last = run?.[run.length - 1];
  if (last?.type !== 'word' || (last.word.text !== ',' && last.word.text !== '.')) return undefined;
  run.pop();
  if (run.length === 0) runs.pop();
  return last.word;
}

/** The quote's words from the first item to the last, as the quote spells them. */
function runText(quote: string, run: QuoteItem[]): string {
  if (run.length === 0) return '';
  const first = run[0];
  const last = run[run.length - 1];
  return quote.slice(first.type === 'word' ? first.word.start : first.start, last.type === 'word' ? last.word.end : last.end).replace(/\s+/g, ' ');
}

function sourceText(index: SourceIndex, words: Word[]): string {
  return words.length ? index.document.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ') : '';
}

/** A stretch the same, with where it is in the quote so that neighbours join with the quote's own spacing. */
type Part = DiffPart & { span?: [number, number] };

function samePart(item: QuoteItem): Part {
  const [start, end] = item.type === 'word' ? [item.word.start, item.word.end] : [item.start, item.end];
  return { type: 'same', article: itemText(item), span: [start, end] };
}

function itemText(item: QuoteItem): string {
  return item.type === 'word' ? item.word.text : item.text;
}

function runEdits({ run, alignment }: PlacedRun, index: SourceIndex): AllowedEdit[] {
  return alignment.ops.flatMap((op): AllowedEdit[] => {
    if (op.op === 'case') return [{ kind: 'first-letter-case', article: itemText(run[op.q]), source: index.words[op.s].text }];
    if (op.op === 'brackets') {
      const source = op.to > op.s ? index.document.text.slice(index.words[op.s].start, index.words[op.to - 1].end).replace(/\s+/g, ' ') : '';
      return [{ kind: 'brackets', article: itemText(run[op.q]), source }];
    }
    return [];
  });
}

/** The run's word diff: stretches the same, and each stretch that differs, with stitched stretches found where they came from. */
function runDiff(quote: string, { run, alignment, before, after }: PlacedRun, index: SourceIndex): DiffPart[] {
  const parts: DiffPart[] = before ? [before] : [];
  let stretch: AlignOp[] = [];
  const flush = () => {
    if (stretch.length) parts.push(...stretchParts(quote, stretch, run, alignment, index));
    stretch = [];
  };
  for (const op of alignment.ops) {
    if (op.op === 'same' || op.op === 'case' || op.op === 'brackets') {
      flush();
      parts.push(samePart(run[op.q]));
    } else stretch.push(op);
  }
  flush();
  if (after) parts.push(after);
  return parts;
}

/**
 * Where a run's start or end was not found at its place but is found together elsewhere, those
 * words are stitched on from another passage: they leave the alignment and become one diff part.
 */
function withStitchedEdges(quote: string, run: QuoteItem[], alignment: Alignment, index: SourceIndex): PlacedRun {
  const { ops } = alignment;
  const solid = solidOps(ops);
  if (solid.length === 0) return { run, alignment };
  const from = solid[0];
  const to = solid[solid.length - 1];
  const core = summarise(run, ops.slice(from, to + 1));
  const edge = (edgeOps: AlignOp[]) => stitchedFrom(quote, edgeOps.flatMap((op) => (op.op === 'dropped' ? [] : [run[op.q]])), core, index);
  const before = edge(ops.slice(0, from));
  const after = edge(ops.slice(to + 1));
  if (!before && !after) return { run, alignment };
  const kept = ops.slice(before ? from : 0, after ? to + 1 : ops.length);
  return { run, alignment: { ...summarise(run, kept), matched: alignment.matched, words: alignment.words }, before, after };
}

/** Indexes of ops inside a stretch of at least SOLID words found the same in a row. */
function solidOps(ops: AlignOp[]): number[] {
  const solid: number[] = [];
  let streak: number[] = [];
  const end = () => {
    if (streak.length >= SOLID) solid.push(...streak);
    streak = [];
  };
  ops.forEach((op, i) => {
    if (op.op === 'same' || op.op === 'case') streak.push(i);
    else end();
  });
  end();
  return solid;
}

function stretchParts(quote: string, stretch: AlignOp[], run: QuoteItem[], alignment: Alignment, index: SourceIndex): DiffPart[] {
  const articleItems = stretch.flatMap((op) => (op.op === 'added' || op.op === 'changed' ? [run[op.q]] : []));
  const sourceWords = stretch.flatMap((op) => (op.op === 'dropped' || op.op === 'changed' ? [index.words[op.s]] : []));
  const stitched = stitchedFrom(quote, articleItems, alignment, index);
  if (stitched) return [stitched];
  const article = runText(quote, articleItems);
  const source = sourceText(index, sourceWords);
  const type = !source ? 'added' : !article ? 'dropped' : 'changed';
  return [{ type, ...(article ? { article } : {}), ...(source ? { source } : {}), ...noteFor(articleItems, sourceWords) }];
}

/** Article words found together at another place in the source: two passages joined without an ellipsis. */
function stitchedFrom(quote: string, items: QuoteItem[], alignment: Alignment, index: SourceIndex): DiffPart | undefined {
  const words = items.filter((item) => item.type === 'word' && !item.word.punct).length;
  if (words < STITCH_WORDS) return undefined;
  const elsewhere = alignRun(items, index);
  if (!elsewhere || elsewhere.matched < Math.ceil(elsewhere.words * STITCHED_SHARE)) return undefined;
  if (elsewhere.first <= alignment.last && elsewhere.last >= alignment.first) return undefined;
  const place = index.placeOf(index.words[elsewhere.first].start);
  const where = place.page ? `page ${place.page}, line ${place.line}` : `line ${place.line}`;
  return {
    type: 'stitched',
    article: runText(quote, items),
    source: index.passage(elsewhere.first, elsewhere.last),
    note: `“${abbreviate(runText(quote, items))}” comes from another passage (${where}), joined without an ellipsis`,
  };
}

function noteFor(article: QuoteItem[], source: Word[]): { note?: string } {
  const articleWords = article.flatMap((item) => (item.type === 'word' ? [item.word] : []));
  const lost = source.find((w) => isNegation(w) && !articleWords.some((a) => a.key === w.key));
  if (lost) return { note: `drops “${lost.text}”` };
  const gained = articleWords.find((w) => isNegation(w) && !source.some((s) => s.key === w.key));
  if (gained) return { note: `adds “${gained.text}”` };
  const from = source.find(isNumber);
  const to = articleWords.find(isNumber);
  if (from && to && from.text !== to.text) return { note: `changes the number “${from.text}” to “${to.text}”` };
  return {};
}

/** Consecutive stretches the same joined into one, as the quote spells them. */
function mergeSame(quote: string, diff: Part[]): DiffPart[] {
  const merged: Part[] = [];
  for (const part of diff) {
    const last = merged[merged.length - 1];
    if (part.type === 'same' && last?.type === 'same' && last.span && part.span) {
      last.span = [last.span[0], part.span[1]];
      last.article = quote.slice(last.span[0], last.span[1]);
    } else merged.push({ ...part });
  }
  return merged.map(({ span: _span, ...part }) => part);
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
