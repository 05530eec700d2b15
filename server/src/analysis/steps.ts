// Work done a step at a time: a generator that yields between its steps, so that a caller with
// other work waiting (the language server) can pause there, and one without runs it through.

/** Runs `steps` to its end at once and gives its result. */
export function finish<T>(steps: Iterator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
