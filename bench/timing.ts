// Timing helpers: warm up, then repeat until both a minimum number of runs and a minimum time are
// reached, and report the median, so one slow run (a GC pause, a JIT tier-up) does not decide.
export interface Timing {
  medianMs: number;
  runs: number;
}

export interface TimingOptions {
  minRuns?: number;
  minMs?: number;
  maxRuns?: number;
  /** False when the caller has already run the work once. */
  warmUp?: boolean;
}

export async function timeMedian(work: () => unknown, options: TimingOptions = {}): Promise<Timing> {
  const { minRuns = 5, minMs = 2000, maxRuns = 30, warmUp = true } = options;
  if (warmUp) await work();
  const times: number[] = [];
  let total = 0;
  while (times.length < maxRuns && (times.length < minRuns || total < minMs)) {
    const start = performance.now();
    await work();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
  }
  return { medianMs: percentile(times, 50), runs: times.length };
}

/** The p-th percentile by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
