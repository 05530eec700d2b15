// A long analysis (a very long article opened or pasted) shows its progress in the editor's
// status bar, through LSP work-done progress; a short one shows nothing. The progress is
// created at the first pause after SHOW_AFTER_MS, so short ones cost no message at all, and
// then reported when its whole percentage changes (the analysis pauses every few milliseconds).
import type { RemoteWindow, WorkDoneProgressServerReporter } from 'vscode-languageserver';

const SHOW_AFTER_MS = 250;

export class AnalysisProgress {
  private reporter: Promise<WorkDoneProgressServerReporter> | undefined;
  private finished = false;
  private readonly started = performance.now();
  private percent = -1;

  constructor(
    private readonly window: RemoteWindow,
    private readonly title: string,
  ) {}

  /** `share` of the paragraphs done, 0 to 1. */
  report(share: number): void {
    const percent = Math.round(share * 100);
    if (this.finished || percent === this.percent || performance.now() - this.started < SHOW_AFTER_MS) return;
    this.percent = percent;
    this.reporter ??= this.window.createWorkDoneProgress().then((reporter) => {
      reporter.begin(this.title, 0, undefined, false);
      return reporter;
    });
    void this.reporter.then((reporter) => {
      if (!this.finished) reporter.report(percent);
    });
  }

  done(): void {
    if (this.finished) return;
    this.finished = true;
    void this.reporter?.then((reporter) => reporter.done());
  }
}
