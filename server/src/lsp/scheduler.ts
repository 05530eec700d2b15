// An article's analysis runs two event-loop turns later: vscode-jsonrpc reads one message per
// turn, so by then the changes already queued behind this one have arrived and replaced the
// pending run. Stale versions are neither analysed nor published.
export class PendingRun {
  private pending: NodeJS.Immediate | undefined;

  constructor(private readonly run: () => Promise<void> | void) {}

  schedule(): void {
    this.cancel();
    this.pending = setImmediate(() => {
      this.pending = setImmediate(() => {
        this.pending = undefined;
        void this.run();
      });
    });
  }

  cancel(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = undefined;
  }
}
