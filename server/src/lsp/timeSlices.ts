// A long analysis runs in slices of a few milliseconds, and between two the event loop reads and
// answers other messages: a hover elsewhere waits for one slice at most (and the paragraph under
// way). The slices are measured in time, not characters: a paragraph of short quotes costs many
// times what prose of the same length does. The engine pauses after each paragraph it analyses.

/** About the longest a message waits for a long analysis. */
const SLICE_MS = 10;

/** Resumes `steps` until SLICE_MS have passed; the share done when it is not finished, else undefined. */
export function runSlice(steps: Iterator<number, void>): number | undefined {
  const start = performance.now();
  for (let step = steps.next(); !step.done; step = steps.next()) {
    if (performance.now() - start >= SLICE_MS) return step.value;
  }
  return undefined;
}

/**
 * Runs `steps` to its end a slice at a time, other work served in between; `paused` hears the
 * share done at a pause when it grew (placing the findings after the paragraphs pauses at 1
 * again and again: no news for a progress bar). False when `goOn` said to stop at a pause.
 */
export async function runInSlices(steps: Iterator<number, void>, paused?: (share: number) => void, goOn: () => boolean = () => true): Promise<boolean> {
  let heard = -1;
  for (let share = runSlice(steps); share !== undefined; share = runSlice(steps)) {
    if (share > heard) {
      paused?.(share);
      heard = share;
    }
    await pause();
    if (!goOn()) return false;
  }
  return true;
}

/**
 * Lets the messages that came in meanwhile be answered: two turns of the event loop. vscode-jsonrpc
 * reads a message in one turn and answers it in the next, behind what was already waiting: after
 * one turn the next slice would run first, and a hover would wait for two slices, not one.
 */
export function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
