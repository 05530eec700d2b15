// Re-analyses only the paragraphs an edit touched. A paragraph's result is a pure function of its
// text and the discourse state carried into it (see analyzeBlock), so it is cached under exactly
// that pair; an edit invalidates later paragraphs only when the state it hands on changes.
// The findings equal `analyze(text, { format, lexicon })`, ids included. The lexicon is fixed for
// an analyzer's life, so the cache holds results for it alone: another lexicon, another analyzer.
import { byPosition, type Finding, type Span } from '../finding';
import { analyzeBlock, headingLineOf, placeDetected } from './analyze';
import { resplitBlocks, splitBlocks, type Block, type SplitProse } from '../text/blocks';
import { extractProse, headingsAfterTyping, proseAfterTyping, type DocumentFormat, type Prose } from '../prose/prose';
import type { ProseMap } from '../prose/proseMap';
import type { MarkdownChunks } from '../prose/markdown';
import { initialDiscourseState, rebaseState, type DiscourseState } from '../text/discourse';
import { movedFindings, movedState, stateMoves } from './rebasedBlock';
import { movePlaced, placeFindings, prepareFindings, type PreparedFindings } from './placement';
import { compileLexicon, type CompiledLexicon, type ProjectLexicon } from '../lexicons/projectLexicon';
import { commonPrefixLength, commonSuffixLength, composeChanges, textChange, type TextChange } from './textChange';
import { numberRepeats, RepeatNumbering, type Numbered } from './findingId';
import { finish } from '../steps';

/** Paragraphs the cache may hold beyond the document's before it is pruned: typing adds one per keystroke. */
const CACHE_SLACK = 64;

/** What the last update did, for benchmarks and tests. */
export interface UpdateStats {
  blocks: number;
  /** Paragraphs run through the detectors; the rest came from the cache. */
  analysed: number;
}

interface CachedBlock {
  /** "#" for a heading, the incoming state (serialised), a NUL, and the paragraph's prose: the cache key. */
  key: string;
  stateIn: string;
  heading: boolean;
  findings: PreparedFindings;
  /** The state handed on, serialised once, relative to this paragraph's start. */
  stateOut: string;
  /** The state handed on as re-based onto the next paragraph, for the distance last asked. */
  handedOn?: { distance: number; state: string };
  /**
   * The findings as placed in the document by the update `placedIn`, once per place the paragraph
   * stands (a paragraph may repeat), reused while their text stays where it was.
   */
  placed: Placement[];
  placedIn: number;
  /** The placements of the update before `placedIn`, when it was the one before. */
  placedBefore: Placement[];
}

interface Placement {
  start: number;
  findings: Finding[];
  /** What numbering the repeats learnt of each finding, by index (RepeatNumbering). */
  numbers: Numbered[];
}

/** An update's findings, and how the text changed since the update before. */
export interface IncrementalResult {
  findings: Finding[];
  change: TextChange;
}

export class IncrementalAnalyzer {
  readonly format: DocumentFormat;
  private readonly lexicon: CompiledLexicon;
  /**
   * Paragraph results by key, kept across versions (an undo finds its paragraph again) and pruned
   * to the latest version's once it holds CACHE_SLACK more than that version has.
   */
  private readonly cache = new Map<string, CachedBlock>();
  /**
   * The paragraphs of a text prepare() was run for, in order, as far as it got, and how that text
   * differs from `lastText` (analyse() drops it, so `lastText` is the same; comparing the two
   * again would cost a pass over both).
   */
  private prepared: { text: string; entries: CachedBlock[]; change: TextChange } | undefined;
  /** The placement prepare() began, suspended between two paragraphs. */
  private settling: { text: string; steps: Generator<number, void, void> } | undefined;
  /** The result of the last placement prepare() finished, until analyse() takes it. */
  private settled: { text: string; result: IncrementalResult } | undefined;
  /** How the text changed in results placed but never taken (a newer text came first), since the last one taken. */
  private untaken: TextChange | undefined;
  /** The previous version's paragraphs in order, to find unchanged ones without hashing them. */
  private lastBlocks: CachedBlock[] = [];
  private lastText = '';
  /** The prose and blocks of `lastText`; of another text if an update failed half-way. */
  private lastSplit?: SplitProse & { text: string; map?: ProseMap; headings?: Span[]; markdown?: MarkdownChunks; since?: ProseChange };
  private updates = 0;
  private readonly numbering = new RepeatNumbering();
  private lastStats: UpdateStats = { blocks: 0, analysed: 0 };

  constructor(format: DocumentFormat = 'plaintext', lexicon?: ProjectLexicon) {
    this.format = format;
    this.lexicon = compileLexicon(lexicon);
  }

  /** Identifies the lexicon's terms: an analyzer whose key differs from a new lexicon's is stale. */
  get lexiconKey(): string {
    return this.lexicon.key;
  }

  get stats(): UpdateStats {
    return this.lastStats;
  }

  /** Paragraph results held in memory, for tests that the cache stays bounded. */
  get cachedBlocks(): number {
    return this.cache.size;
  }

  /** The findings of the whole text, as `analyze` gives them; the returned objects are shared: do not mutate. */
  update(text: string): Finding[] {
    return this.analyse(text).findings;
  }

  /** The findings, as `update` gives them, with how the text changed since the previous result it gave. */
  analyse(text: string): IncrementalResult {
    if (this.settling) finish(this.settling.steps);
    const settled = this.settled;
    this.settled = undefined;
    let result: IncrementalResult;
    if (settled?.text === text) {
      result = settled.result;
    } else {
      if (settled) this.carry(settled.result.change);
      result = finish(this.placeAll(text));
    }
    if (this.untaken) {
      result = { ...result, change: composeChanges(this.untaken, result.change) };
      this.untaken = undefined;
    }
    return result;
  }

  /**
   * Analyses, ahead of `analyse(text)`, the paragraphs of `text` not in the cache, pausing after
   * each one it analysed: a caller resumes it at once or when other work has had its turn, or
   * drops it when the text it was for is outdated. Yields the share of paragraphs done (0 to 1).
   * Then it places the findings in the text, pausing after each paragraph (yielding 1), so that
   * `analyse(text)` has only to hand them over. A placement once begun runs to its end before
   * anything else: the next prepare() or analyse() finishes it first.
   */
  *prepare(text: string): Generator<number, void, void> {
    if (this.settling) yield* this.settling.steps;
    if (this.settled?.text === text) return;
    if (this.prepared?.text !== text) this.prepared = { text, entries: [], change: textChange(this.lastText, text) };
    const { change } = this.prepared;
    const { prose, blocks } = this.split(text, change.unchangedPrefix, change.unchangedSuffix);
    // Runs for the same text carry on each other's work; a run for an older text stops.
    const { entries } = this.prepared;
    // The split is a step of its own: with the first paragraph it made one slice of 150 ms when a
    // megabyte of short quotes was opened.
    yield blocks.length ? entries.length / blocks.length : 1;
    const stats: UpdateStats = { blocks: 0, analysed: 0 };
    while (entries.length < blocks.length && this.prepared?.entries === entries) {
      const i = entries.length;
      const analysed = stats.analysed;
      this.resolve(i, prose, blocks, entries, stats);
      if (stats.analysed > analysed) yield (i + 1) / blocks.length;
    }
    // Another run for this text may have begun the placement meanwhile (it took `prepared`).
    if (this.prepared?.entries === entries) this.settling = { text, steps: this.settle(text) };
    if (this.settling?.text === text) yield* this.settling.steps;
  }

  /** Places `text`'s findings a paragraph at a time and keeps the result for analyse(). */
  private *settle(text: string): Generator<number, void, void> {
    const result = yield* this.placeAll(text);
    // A result nobody took: how the text changed then is part of how it changed since the last one taken.
    if (this.settled) this.carry(this.settled.result.change);
    this.settled = { text, result };
    this.settling = undefined;
  }

  private carry(change: TextChange): void {
    this.untaken = this.untaken ? composeChanges(this.untaken, change) : change;
  }

  /** The findings of `text` in place and numbered, yielding 1 after each paragraph; the paragraphs prepare() found are taken as they are. */
  private *placeAll(text: string): Generator<number, IncrementalResult, void> {
    const change = this.prepared?.text === text ? this.prepared.change : textChange(this.lastText, text);
    const unchangedUpTo = change.unchangedPrefix;
    const unchangedTail = change.unchangedSuffix;
    const edit: TextEdit = {
      unchangedUpTo,
      // The previous text's tail that is still there, moved by the change in length.
      movedFrom: this.lastText.length - unchangedTail,
      by: text.length - this.lastText.length,
    };
    const { prose, blocks, map } = this.split(text, unchangedUpTo, unchangedTail);
    this.updates++;
    const stats: UpdateStats = { blocks: 0, analysed: 0 };
    const entries: CachedBlock[] = this.prepared?.text === text ? this.prepared.entries : [];
    this.prepared = undefined;
    const findings: Finding[] = [];
    this.numbering.start();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const entry = entries[i] ?? this.resolve(i, prose, blocks, entries, stats);
      if (map) {
        // Mapped prose (HTML): the paragraph's place in the text is not its place in the prose.
        const placed = entry.findings.findings.map((detected) => placeDetected(detected, block.start, text, map));
        this.numbering.number(placed, []);
        for (const finding of placed) findings.push(finding);
      } else {
        // A finding renumbered (a repeat of its words came or went before it) is kept so in its placement.
        const placed = this.place(entry, block, text, edit);
        this.numbering.number(placed.findings, placed.numbers);
        for (const finding of placed.findings) findings.push(finding);
      }
      yield 1;
    }
    // The previous placements were only needed to place this version: let them go.
    for (const entry of entries) empty(entry.placedBefore);
    stats.blocks = blocks.length;
    this.lastBlocks = entries;
    if (this.cache.size > entries.length + CACHE_SLACK) this.prune(entries);
    this.lastText = text;
    this.lastStats = stats;
    // Out of order, the repeats were numbered in the wrong order: numbered again in reading order.
    return { findings: isSorted(findings) ? findings : numberRepeats(findings.sort(byPosition)), change };
  }

  /**
   * The result of paragraph `i`, appended to `entries` (the paragraphs before it): the previous
   * version's paragraph at its place or at its place counted from the end (paragraphs after an
   * edit keep their text but move), else the cache's, else analysed.
   */
  private resolve(i: number, prose: string, blocks: readonly Block[], entries: CachedBlock[], stats: UpdateStats): CachedBlock {
    const block = blocks[i];
    const state = handedOn(entries[i - 1], block.start - (blocks[i - 1]?.start ?? 0));
    const heading = block.heading ?? false;
    const tailShift = this.lastBlocks.length - blocks.length;
    const atItsPlace = this.lastBlocks[i];
    const fromTheEnd = this.lastBlocks[i + tailShift];
    // Where the prose did not change, a paragraph that was there has the same text: no need to compare it.
    const since = this.lastSplit?.prose === prose && this.lastSplit.since?.blocks.length === this.lastBlocks.length ? this.lastSplit.since : undefined;
    if (since) {
      const before = since.blocks[i];
      if (before && before.start === block.start && before.end === block.end && block.end <= since.head && sameKey(atItsPlace, state, heading)) return push(entries, atItsPlace);
      const by = prose.length - since.length;
      const moved = since.blocks[i + tailShift];
      if (moved && moved.start + by === block.start && moved.end + by === block.end && block.start >= prose.length - since.tail && sameKey(fromTheEnd, state, heading)) {
        return push(entries, fromTheEnd);
      }
    }
    const blockText = prose.slice(block.start, block.end);
    const entry =
      unchanged(atItsPlace, state, blockText, heading) ??
      unchanged(fromTheEnd, state, blockText, heading) ??
      this.lookup(state, blockText, heading, stats, atItsPlace, fromTheEnd);
    return push(entries, entry);
  }

  /** Keeps only the paragraphs of the latest version. */
  private prune(entries: readonly CachedBlock[]): void {
    const kept = new Set(entries);
    for (const [key, entry] of this.cache) if (!kept.has(entry)) this.cache.delete(key);
  }

  /**
   * The prose and blocks as splitArticle gives them: extracted again only when the edit was more
   * than letters typed or deleted in a plain line, split again only around what changed.
   */
  private split(text: string, head: number, tail: number): SplitProse & { map?: ProseMap } {
    // Split already by prepare().
    if (this.lastSplit?.text === text) return this.lastSplit;
    const last = this.lastSplit?.text === this.lastText ? this.lastSplit : undefined;
    const typed = last && !last.map ? proseAfterTyping({ text: this.lastText, prose: last.prose }, text, head, tail, this.format) : undefined;
    // Markdown's parse of an earlier version (any: it keeps the text it read) is reused where the text is the same.
    const extracted: Prose =
      typed !== undefined
        ? { text: typed, headings: headingsAfterTyping(last?.headings, head, text.length - this.lastText.length), markdown: this.lastSplit?.markdown }
        : extractProse(text, this.format, this.lastSplit?.markdown);
    const prose = extracted.text;
    const lineParagraphs = this.format === 'plaintext';
    const headingLine = headingLineOf(extracted);
    let blocks: Block[];
    let since: ProseChange | undefined;
    if (typed !== undefined && last) {
      // The prose changed where the text did, and only there.
      blocks = resplitBlocks(last, prose, head, tail, lineParagraphs, headingLine);
      since = { blocks: last.blocks, length: last.prose.length, head, tail };
    } else if (last) {
      // Headings are read from the text, paragraphs from the prose: both are unchanged outside.
      const proseHead = commonPrefixLength(last.prose, prose);
      const proseTail = commonSuffixLength(last.prose, prose, proseHead);
      blocks = resplitBlocks(last, prose, Math.min(head, proseHead), Math.min(tail, proseTail), lineParagraphs, headingLine);
      since = { blocks: last.blocks, length: last.prose.length, head: proseHead, tail: proseTail };
    } else {
      blocks = splitBlocks(prose, lineParagraphs, headingLine);
    }
    this.lastSplit = { text, prose, blocks, map: extracted.map, headings: extracted.headings, markdown: extracted.markdown, since };
    return this.lastSplit;
  }

  /** The paragraph's result: cached under this key, else the result of a paragraph at its place whose state only moved, else analysed. */
  private lookup(state: string, blockText: string, heading: boolean, stats: UpdateStats, ...atItsPlace: (CachedBlock | undefined)[]): CachedBlock {
    const key = `${heading ? '#' : ''}${state}\u0000${blockText}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    for (const entry of atItsPlace) {
      const rebased = entry && rebase(entry, key, state, blockText, heading);
      if (rebased) {
        this.cache.set(key, rebased);
        return rebased;
      }
    }
    stats.analysed++;
    // The detectors get the paragraph cut from the key, a copy: a cut from the prose would keep
    // the whole document of this version alive for as long as anything they return is cached.
    const analysis = analyzeBlock(key.slice(key.length - blockText.length), JSON.parse(state), this.lexicon, heading);
    const entry: CachedBlock = {
      key,
      stateIn: state,
      heading,
      findings: prepareFindings(analysis.findings),
      stateOut: JSON.stringify(analysis.state),
      placed: [],
      placedIn: -1,
      placedBefore: [],
    };
    this.cache.set(key, entry);
    return entry;
  }

  /**
   * The paragraph's findings placed in the document. A placement made or confirmed by the previous
   * update still holds if the paragraph starts where it did and the text up to the end of its
   * findings is unchanged (ids hash the original text, markup included, which the key does not see).
   * A paragraph after the edit that only moved with the text after it keeps the hashes of its ids.
   */
  private place(entry: CachedBlock, block: Span, text: string, edit: TextEdit): Placement {
    if (entry.placedIn !== this.updates) {
      // The two lists swap roles, so that an update allocates none (it meets every paragraph).
      const spare = entry.placedBefore;
      entry.placedBefore = entry.placed;
      entry.placed = spare;
      empty(spare);
      if (entry.placedIn !== this.updates - 1) empty(entry.placedBefore);
      entry.placedIn = this.updates;
    }
    const before = entry.placedBefore;
    let placed: Placement | undefined;
    for (let i = 0; i < before.length && !placed; i++) {
      if (before[i].start === block.start && block.start + entry.findings.coveredEnd <= edit.unchangedUpTo) placed = before[i];
    }
    if (!placed) {
      let moved: Placement | undefined;
      for (let i = 0; i < before.length && !moved; i++) {
        if (before[i].start >= edit.movedFrom && block.start === before[i].start + edit.by) moved = before[i];
      }
      // Moved findings keep their ids, and so what numbering learnt of them.
      placed = moved
        ? { start: block.start, findings: movePlaced(entry.findings, moved.findings, edit.by), numbers: moved.numbers }
        : { start: block.start, findings: placeFindings(entry.findings, block.start, text), numbers: [] };
    }
    entry.placed.push(placed);
    return placed;
  }

}

/**
 * The state a paragraph receives: the one handed on by the paragraph before, re-based over the
 * distance between their starts (mentions are relative to the receiving paragraph, as in analyze).
 */
function handedOn(before: CachedBlock | undefined, distance: number): string {
  if (!before) return JSON.stringify(rebaseState(initialDiscourseState(), distance));
  if (before.handedOn?.distance !== distance) {
    before.handedOn = { distance, state: JSON.stringify(rebaseState(JSON.parse(before.stateOut), distance)) };
  }
  return before.handedOn.state;
}

/** The cached paragraph's result for the same text under a state that only moved (see rebasedBlock.ts). */
function rebase(entry: CachedBlock, key: string, state: string, blockText: string, heading: boolean): CachedBlock | undefined {
  if (entry.heading !== heading || entry.key.length !== Number(heading) + entry.stateIn.length + 1 + blockText.length || !entry.key.endsWith(blockText)) return undefined;
  const moves = stateMoves(JSON.parse(entry.stateIn) as DiscourseState, JSON.parse(state) as DiscourseState);
  const findings = moves && movedFindings(entry.findings.findings, moves, entry.findings.plain);
  const stateOut = moves && movedState(JSON.parse(entry.stateOut) as DiscourseState, moves);
  if (!findings || !stateOut) return undefined;
  return {
    key,
    stateIn: state,
    heading,
    findings: findings === entry.findings.findings ? entry.findings : prepareFindings(findings),
    stateOut: JSON.stringify(stateOut),
    placed: [],
    placedIn: -1,
    placedBefore: [],
  };
}

/** How a split's prose differs from the one before it: what stayed the same at each end, and that one's paragraphs. */
interface ProseChange {
  blocks: readonly Block[];
  /** The previous prose's length. */
  length: number;
  head: number;
  tail: number;
}

/** The cached paragraph, known to have the text, if it has this incoming state and is (or is not) a heading. */
function sameKey(entry: CachedBlock | undefined, state: string, heading: boolean): entry is CachedBlock {
  return entry !== undefined && entry.stateIn === state && entry.heading === heading;
}

/** Empties a short list: popping its one or two items is much cheaper than setting its length, a call into the runtime. */
function empty(list: unknown[]): void {
  while (list.length) list.pop();
}

function push(entries: CachedBlock[], entry: CachedBlock): CachedBlock {
  entries.push(entry);
  return entry;
}

/** The cached paragraph, if it has this text, this incoming state and is (or is not) a heading. */
function unchanged(entry: CachedBlock | undefined, state: string, blockText: string, heading: boolean): CachedBlock | undefined {
  if (!entry || entry.stateIn !== state || entry.heading !== heading) return undefined;
  const { key } = entry;
  return key.length === Number(heading) + state.length + 1 + blockText.length && key.endsWith(blockText) ? entry : undefined;
}

/** How the text changed since the previous update, for placing paragraphs' findings again. */
interface TextEdit {
  /** The text before this offset is unchanged. */
  unchangedUpTo: number;
  /** The previous text from this offset on is still there, at its offset + `by`. */
  movedFrom: number;
  by: number;
}

/** Paragraphs come in order, so their findings usually are too; only then may the global sort be skipped. */
function isSorted(findings: Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byPosition(findings[i - 1], findings[i]) > 0) return false;
  return true;
}
