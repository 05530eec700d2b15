// The incremental engine on its own, in this process: one character typed at a time in the middle,
// the time of each update. Separates the engine's share of the editor latency from the protocol's.
// With --expose-gc (npm run bench passes it) it also weighs the engine's heap after collection,
// which shows a leak where RSS only shows garbage not yet collected.
import { IncrementalAnalyzer } from '../server/src/analysis/engine/incremental';
import type { BenchText } from './corpus';
import { percentile } from './timing';

export interface EngineLatency {
  text: string;
  words: number;
  firstUpdateMs: number;
  updateP50Ms: number;
  updateP95Ms: number;
  /** CPU time (all threads, GC included) per update, mean: less sensitive to other load than wall time. */
  updateCpuMs: number;
  /** Paragraphs re-analysed per edit, median. */
  analysedPerEdit: number;
  blocks: number;
  /** Heap after a full collection, with the document analysed and after the edits (null without --expose-gc). */
  heapOpenMb: number | null;
  heapAfterEditsMb: number | null;
}

function heapMb(): number | null {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return null;
  collect();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}

export function measureEngine(text: BenchText, edits = 100): EngineLatency {
  const baseline = heapMb();
  const engine = new IncrementalAnalyzer(text.format);
  let content = text.text;
  const opened = performance.now();
  engine.update(content);
  const firstUpdateMs = performance.now() - opened;
  const heapOpen = heapMb();
  const times: number[] = [];
  const analysed: number[] = [];
  let cursor = content.indexOf(' ', Math.floor(content.length / 2)) + 1;
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < edits; i++) {
    content = `${content.slice(0, cursor)}x${content.slice(cursor)}`;
    cursor++;
    const start = performance.now();
    engine.update(content);
    times.push(performance.now() - start);
    analysed.push(engine.stats.analysed);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = heapMb();
  // Below the baseline is collection noise on a small text: nothing held.
  const minus = (value: number | null) => (value === null || baseline === null ? null : Math.max(0, Math.round((value - baseline) * 10) / 10));
  return {
    text: text.name,
    words: text.words,
    firstUpdateMs,
    updateP50Ms: percentile(times, 50),
    updateP95Ms: percentile(times, 95),
    updateCpuMs: (cpu.user + cpu.system) / 1000 / edits,
    analysedPerEdit: percentile(analysed, 50),
    blocks: engine.stats.blocks,
    heapOpenMb: minus(heapOpen),
    heapAfterEditsMb: minus(heapAfter),
  };
}
