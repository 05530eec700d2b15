// Loaded by the VS Code extension host (extensionTestsPath): runs the bundled suite files beside
// it with mocha and writes "N passed, N failed" to $FACTCHECK_E2E_RESULTS for the launcher.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // Stack traces point into the bundles otherwise; they carry inline source maps.
  process.setSourceMapsEnabled(true);
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 90_000 });
  if (process.env.FACTCHECK_E2E_GREP) mocha.grep(process.env.FACTCHECK_E2E_GREP);
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
      const line = `${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`;
      console.log(line);
      if (process.env.FACTCHECK_E2E_RESULTS) fs.writeFileSync(process.env.FACTCHECK_E2E_RESULTS, `${line}\n`);
      if (failures) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
  });
}
