// Progress in the editor while a long source document is read (a PDF of many pages), through
// LSP work-done progress, for clients that support it. Short documents show nothing.
import * as path from 'node:path';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';

/** Documents with fewer pages than this are read too fast to be worth a progress bar. */
const LONG = 20;

export class ReadingProgress {
  private readonly reporters = new Map<string, Promise<WorkDoneProgressServerReporter | undefined>>();
  enabled = false;

  constructor(private readonly connection: Connection) {}

  report(file: string, done: number, total: number): void {
    if (!this.enabled || total < LONG) return;
    let reporter = this.reporters.get(file);
    if (!reporter) {
      reporter = this.connection.window.createWorkDoneProgress().then(
        (r) => {
          r.begin(`Reading ${path.basename(file)}`, 0, `page ${done} of ${total}`, false);
          return r;
        },
        () => undefined,
      );
      this.reporters.set(file, reporter);
    }
    void reporter.then((r) => {
      if (done >= total) {
        r?.done();
        this.reporters.delete(file);
      } else r?.report(Math.round((done / total) * 100), `page ${done} of ${total}`);
    });
  }
}
