// Analysis runs two event-loop turns later, once per document: vscode-jsonrpc reads one message
// per turn, so by then the changes already queued behind this one have arrived and replaced the
// pending run. Stale versions are neither analysed nor published.
export class AnalysisScheduler {
  private readonly pending = new Map<string, NodeJS.Immediate>();

  constructor(private readonly run: (uri: string) => Promise<void> | void) {}

  schedule(uri: string): void {
    const previous = this.pending.get(uri);
    if (previous) clearImmediate(previous);
    this.pending.set(
      uri,
      setImmediate(() => {
        this.pending.set(
          uri,
          setImmediate(() => {
            this.pending.delete(uri);
            void this.run(uri);
          }),
        );
      }),
    );
  }

  cancel(uri: string): void {
    const previous = this.pending.get(uri);
    if (previous) clearImmediate(previous);
    this.pending.delete(uri);
  }
}
