// Re-analyses only the paragraphs an edit touched. A paragraph's result is a pure function of its
// text and the discourse state carried into it (see analyzeBlock), so it is cached under exactly
// that pair; an edit invalidates later paragraphs only when the state it hands on changes.
// The findings equal `analyze(text, { format })`, ids included.
import type { Detected, Finding, Span } from './finding';
import { analyzeBlock, shiftDetected, type BlockAnalysis } from './analyze';
import { findingId } from './findingId';
import { extractProse, type DocumentFormat } from './prose';
import { splitBlocks } from './blocks';
import { initialDiscourseState } from './attributions';

/** What the last update did, for benchmarks and tests. */
export interface UpdateStats {
  blocks: number;
  /** Paragraphs run through the detectors; the rest came from the cache. */
  analysed: number;
}

interface CachedBlock {
  analysis: BlockAnalysis;
  /** The state handed on, serialised once: the key prefix of the next paragraph. */
  stateOut: string;
  /** The findings as last placed in a document, reused while the text they cover stays where it was. */
  placed?: { start: number; covered: Span; original: string; findings: Finding[] };
}

export class IncrementalAnalyzer {
  readonly format: DocumentFormat;
  /** Paragraphs seen in the latest update; the previous update's are kept one more round. */
  private current = new Map<string, CachedBlock>();
  private previous = new Map<string, CachedBlock>();
  private lastStats: UpdateStats = { blocks: 0, analysed: 0 };

  constructor(format: DocumentFormat = 'plaintext') {
    this.format = format;
  }

  get stats(): UpdateStats {
    return this.lastStats;
  }

  /** Paragraph results held in memory, for tests that the cache stays bounded. */
  get cachedBlocks(): number {
    let count = this.current.size;
    for (const key of this.previous.keys()) if (!this.current.has(key)) count++;
    return count;
  }

  /** The findings of the whole text, as `analyze` gives them; the returned objects are shared: do not mutate. */
  update(text: string): Finding[] {
    const prose = extractProse(text, this.format);
    // Generation-based bound: only paragraphs of this and the previous version are kept, so the
    // cache never holds more than two versions of the document whatever the number of edits.
    this.previous = this.current;
    this.current = new Map();
    const stats: UpdateStats = { blocks: 0, analysed: 0 };
    const findings: Finding[] = [];
    let state = JSON.stringify(initialDiscourseState());
    for (const block of splitBlocks(prose)) {
      const entry = this.lookup(state, prose.slice(block.start, block.end), stats);
      for (const finding of this.place(entry, block, text)) findings.push(finding);
      state = entry.stateOut;
    }
    this.lastStats = stats;
    return isSorted(findings) ? findings : findings.sort(byPosition);
  }

  private lookup(state: string, blockText: string, stats: UpdateStats): CachedBlock {
    stats.blocks++;
    const key = `${state}\u0000${blockText}`;
    let entry = this.current.get(key) ?? this.previous.get(key);
    if (!entry) {
      stats.analysed++;
      const analysis = analyzeBlock(blockText, JSON.parse(state));
      entry = { analysis, stateOut: JSON.stringify(analysis.state) };
    }
    this.current.set(key, entry);
    return entry;
  }

  /** Shifts a paragraph's findings to where it stands and names them, as `analyze` does. */
  private place(entry: CachedBlock, block: Span, text: string): Finding[] {
    const placed = entry.placed;
    if (placed && placed.start === block.start && placed.original === text.slice(placed.covered.start, placed.covered.end)) {
      return placed.findings;
    }
    const findings = entry.analysis.findings
      .map((detected: Detected) => shiftDetected(detected, block.start))
      .map((shifted): Finding => ({ id: findingId(shifted.kind, shifted.start, text.slice(shifted.start, shifted.end)), ...shifted }))
      .sort(byPosition);
    // Ids hash the original text (markup included), which the prose key does not capture.
    const covered = { start: block.start, end: block.end };
    for (const finding of findings) {
      covered.start = Math.min(covered.start, finding.start);
      covered.end = Math.max(covered.end, finding.end);
    }
    entry.placed = { start: block.start, covered, original: text.slice(covered.start, covered.end), findings };
    return findings;
  }
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Paragraphs come in order, so their findings usually are too; only then may the global sort be skipped. */
function isSorted(findings: Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byPosition(findings[i - 1], findings[i]) > 0) return false;
  return true;
}
