// The work an analysis does, counted in steps: a character read, a candidate scored, a pair of
// spans compared. Tests count steps, not milliseconds, to show the work grows linearly with the
// text whatever the text (the machine's speed varies; the count does not).

export class Work {
  steps = 0;

  add(steps: number): void {
    this.steps += steps;
  }
}

/** For callers that do not count: the steps go nowhere anyone reads. */
export function uncounted(): Work {
  return new Work();
}
