// Start-up as a reporter meets it: an article opened in a window where the extension has not run
// yet activates it, starts the server, and shows the first findings. The times are recorded for
// `npm run bench -- --vscode` (in $FACTCHECK_BENCH_STARTUP), never asserted: speed is measured by
// the benchmark. Run alone (FACTCHECK_E2E_GREP=start-up) the window has run nothing else before.
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openArticle } from '../support/extension';
import { FIRST_DIAGNOSTICS_MS, waitForDiagnostics } from '../support/wait';

describe('start-up: opening an article in a fresh window', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);

  after(closeAllEditors);

  it('activates the extension and shows the first findings of the article', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in this VS Code`);
    const fresh = !extension.isActive;
    const opened = performance.now();
    const document = await openArticle('ferry-fares.md');
    await extension.activate();
    const activated = performance.now();
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the first findings');
    const shown = performance.now();
    assert.ok(diagnostics.length > 0);

    const record = process.env.FACTCHECK_BENCH_STARTUP;
    if (record) {
      const timings = { fresh, openToActivatedMs: activated - opened, openToFirstDiagnosticsMs: shown - opened, diagnostics: diagnostics.length };
      fs.writeFileSync(record, `${JSON.stringify(timings, null, 2)}\n`);
    }
  });
});
