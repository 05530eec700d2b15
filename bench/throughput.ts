// Words per second of a full analysis, ours and the peers', on the same texts in this one process.
import { analyze } from '../server/src/analysis/engine/analyze';
import type { BenchText } from './corpus';
import type { Linter } from './peers';
import { timeMedian } from './timing';

export interface Throughput {
  tool: string;
  text: string;
  words: number;
  medianMs: number;
  runs: number;
  wordsPerSecond: number;
  /** What the tool reported, to show it did the work. */
  results: number;
}

export function ourLinters(): Linter[] {
  return [
    { name: 'factcheck (markdown)', lint: (text) => analyze(text, { format: 'markdown' }).length },
    { name: 'factcheck (plaintext)', lint: (text) => analyze(text, { format: 'plaintext' }).length },
  ];
}

export async function measureThroughput(linter: Linter, text: BenchText): Promise<Throughput> {
  // The first run warms up and shows the tool did the work; slow peers on big texts take seconds a
  // run, so three timed runs are enough for a median there.
  const results = await linter.lint(text.text);
  const { medianMs, runs } = await timeMedian(() => linter.lint(text.text), { minRuns: 3, warmUp: false });
  return {
    tool: linter.name,
    text: text.name,
    words: text.words,
    medianMs,
    runs,
    wordsPerSecond: Math.round(text.words / (medianMs / 1000)),
    results,
  };
}
