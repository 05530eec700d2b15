// When the language server crashes: restart it, up to a limit, and keep its last words. Plain
// logic without VS Code, so it is tested on its own; serverWatch.ts wires it to the client.

/** Restarts allowed within the window; the crash after them stops the server until the user restarts it. */
export const MAX_RESTARTS = 4;
export const CRASH_WINDOW_MS = 3 * 60_000;

export class CrashCounter {
  private crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a crash: restart, or give up after more than MAX_RESTARTS crashes within the window. */
  record(): 'restart' | 'give-up' {
    const at = this.now();
    this.crashes = [...this.crashes.filter((time) => at - time <= CRASH_WINDOW_MS), at];
    return this.crashes.length > MAX_RESTARTS ? 'give-up' : 'restart';
  }

  /** Crashes within the window, the last one included. */
  get recent(): number {
    return this.crashes.length;
  }

  /** The user restarted the server: start counting afresh. */
  reset(): void {
    this.crashes = [];
  }
}

/** The last lines the server wrote on stderr, where Node puts an uncaught error's message and stack. */
export class LogTail {
  private readonly lines: string[] = [];

  constructor(private readonly keep = 20) {}

  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.keep) this.lines.shift();
  }

  /** The error's first line, for a notification: the last line that names one, else the last line. */
  lastError(): string | undefined {
    const named = [...this.lines].reverse().find((line) => /\b\w*Error\b|\bfatal\b|\bheap\b/i.test(line) && !/^\s+at /.test(line));
    return named?.trim() ?? this.lines.at(-1)?.trim();
  }

  text(): string {
    return this.lines.join('\n');
  }
}
