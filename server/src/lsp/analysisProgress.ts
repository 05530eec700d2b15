// A long analysis (a very long article opened or pasted) shows its progress in the editor's
// status bar, through LSP work-done progress; a short one shows nothing. The progress is
// created at the first pause of the analysis, so short ones cost no message at all.
import type { RemoteWindow, WorkDoneProgressServerReporter } from 'vscode-languageserver';

export class AnalysisProgress {
  private reporter: Promise<WorkDoneProgressServerReporter> | undefined;
  private finished = false;

  constructor(
    private readonly window: RemoteWindow,
    private readonly title: string,
  ) {}

  /** `share` of the paragraphs done, 0 to 1. */
  report(share: number): void {
    if (this.finished) return;
    this.reporter ??= this.window.createWorkDoneProgress().then((reporter) => {
      reporter.begin(this.title, 0, undefined, false);
      return reporter;
    });
    void this.reporter.then((reporter) => {
      if (!this.finished) reporter.report(Math.round(share * 100));
    });
  }

  done(): void {
    if (this.finished) return;
    this.finished = true;
    void this.reporter?.then((reporter) => reporter.done());
  }
}
