// The incremental engine on its own, in this process: one character typed at a time in the middle,
// the time of each update. Separates the engine's share of the editor latency from the protocol's.
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import type { BenchText } from './corpus';
import { percentile } from './timing';

export interface EngineLatency {
  text: string;
  words: number;
  firstUpdateMs: number;
  updateP50Ms: number;
  updateP95Ms: number;
  /** Paragraphs re-analysed per edit, median. */
  analysedPerEdit: number;
  blocks: number;
}

export function measureEngine(text: BenchText, edits = 100): EngineLatency {
  const engine = new IncrementalAnalyzer('markdown');
  let content = text.text;
  const opened = performance.now();
  engine.update(content);
  const firstUpdateMs = performance.now() - opened;
  const times: number[] = [];
  const analysed: number[] = [];
  let cursor = content.indexOf(' ', Math.floor(content.length / 2)) + 1;
  for (let i = 0; i < edits; i++) {
    content = `${content.slice(0, cursor)}x${content.slice(cursor)}`;
    cursor++;
    const start = performance.now();
    engine.update(content);
    times.push(performance.now() - start);
    analysed.push(engine.stats.analysed);
  }
  return {
    text: text.name,
    words: text.words,
    firstUpdateMs,
    updateP50Ms: percentile(times, 50),
    updateP95Ms: percentile(times, 95),
    analysedPerEdit: percentile(analysed, 50),
    blocks: engine.stats.blocks,
  };
}
