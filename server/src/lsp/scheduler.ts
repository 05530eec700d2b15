// Analysis runs after the current event-loop turn, once per document: a newer edit that arrives
// first replaces the pending run, so stale versions are never analysed or published.
export class AnalysisScheduler {
  private readonly pending = new Map<string, NodeJS.Immediate>();

  constructor(private readonly run: (uri: string) => Promise<void> | void) {}

  schedule(uri: string): void {
    const previous = this.pending.get(uri);
    if (previous) clearImmediate(previous);
    this.pending.set(
      uri,
      setImmediate(() => {
        this.pending.delete(uri);
        void this.run(uri);
      }),
    );
  }

  cancel(uri: string): void {
    const previous = this.pending.get(uri);
    if (previous) clearImmediate(previous);
    this.pending.delete(uri);
  }
}
