// Runs an action for a key once its triggers pause: a burst of triggers for the same key (the
// server republishing an article on every keystroke) runs it once, when the burst is over. Each
// key waits on its own, so typing in one article does not hold back another's. No vscode import:
// unit tests run it with stand-in timers.

/** How long the server's republishing of an article must pause before its claims are asked for again. */
export const CLAIMS_REFRESH_PAUSE_MS = 300;

/** setTimeout and clearTimeout, or a test's stand-ins. */
export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (timer: unknown) => void;
}

const REAL_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export class AfterPause {
  private readonly waiting = new Map<string, unknown>();

  constructor(
    private readonly run: (key: string) => void,
    private readonly pauseMs: number,
    private readonly timers: Timers = REAL_TIMERS,
  ) {}

  /** Runs the action for `key` once `pauseMs` have passed without another trigger for it. */
  trigger(key: string): void {
    const waiting = this.waiting.get(key);
    if (waiting !== undefined) this.timers.clear(waiting);
    this.waiting.set(
      key,
      this.timers.set(() => {
        this.waiting.delete(key);
        this.run(key);
      }, this.pauseMs),
    );
  }

  dispose(): void {
    for (const timer of this.waiting.values()) this.timers.clear(timer);
    this.waiting.clear();
  }
}
