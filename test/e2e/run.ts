// `npm run test:e2e`: the mocha suite in test/e2e/suite inside a real VS Code, through
// @vscode/test-electron's runTests. Where VS Code can be downloaded (and shown: a display on
// Linux), runTests downloads it as usual; otherwise, or with FACTCHECK_E2E_OFFLINE=1, it launches
// our shim, which runs the same tests in code-server (VS Code's own workbench and extension host)
// opened by headless Chromium. FACTCHECK_E2E_OFFLINE=0 forces the download.
//
// The extension host loads plain CommonJS only (no tsx there), so the runner and every suite file
// are bundled with esbuild into .cache/e2e/ first; `vscode` and `mocha` stay external and resolve
// from the extension host and the repository's node_modules.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '../..');
// One folder per run, inside the repository so the bundles resolve mocha from its node_modules;
// two runs at once do not overwrite each other's bundles.
const outDir = path.join(repoRoot, '.cache/e2e', `run-${process.pid}`);
const fixtureWorkspace = path.join(__dirname, 'fixtures/workspace');
const shim = path.join(repoRoot, 'scripts/vscode/code-test-shim.mjs');
const installer = path.join(repoRoot, 'scripts/vscode/install-offline.mjs');
const RELEASES_URL = 'https://update.code.visualstudio.com/api/releases/stable';

async function bundleSuite(): Promise<string> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const suiteDir = path.join(__dirname, 'suite');
  const suites = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f));
  await build({
    entryPoints: [path.join(__dirname, 'runner.ts'), ...suites],
    outdir: outDir,
    outbase: __dirname,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'runner.js');
}

/** A throwaway copy of the fixture workspace, so sidecars and edits never touch the repository. */
function copyWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-ws-'));
  fs.cpSync(fixtureWorkspace, dir, { recursive: true });
  return dir;
}

async function downloadPossible(): Promise<{ ok: boolean; why: string }> {
  const forced = process.env.FACTCHECK_E2E_OFFLINE;
  if (forced === '1') return { ok: false, why: 'FACTCHECK_E2E_OFFLINE=1' };
  if (forced !== '0' && process.platform === 'linux' && !process.env.DISPLAY) {
    return { ok: false, why: 'no DISPLAY for the Electron build (run under xvfb-run to use it)' };
  }
  try {
    // A short timeout: on a closed network this must fail in seconds, not hang.
    const response = await fetch(RELEASES_URL, { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return response.ok ? { ok: true, why: 'the VS Code update service answered' } : { ok: false, why: `update service said ${response.status}` };
  } catch (error) {
    return { ok: false, why: `no network (${error instanceof Error ? error.message : String(error)})` };
  }
}

function installOffline(): void {
  execFileSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function summary(resultsFile: string): string | undefined {
  try {
    return fs.readFileSync(resultsFile, 'utf8').trim().split('\n').pop();
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const runner = await bundleSuite();
  const workspace = copyWorkspace();
  const resultsFile = path.join(outDir, 'results.txt');
  const download = await downloadPossible();
  let vscodeExecutablePath: string | undefined;
  if (download.ok) {
    console.log(`[e2e] desktop VS Code (${download.why})`);
  } else {
    console.log(`[e2e] offline code-server path: ${download.why}`);
    installOffline();
    vscodeExecutablePath = shim;
  }
  let code: number;
  try {
    code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: runner,
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { FACTCHECK_E2E_RESULTS: resultsFile, FACTCHECK_E2E_WORKSPACE: workspace },
    });
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  }
  const line = summary(resultsFile);
  console.log(`[e2e] ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  if (code === 0 && line) {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  } else {
    console.error(`[e2e] kept for inspection: the workspace ${workspace} and the bundles ${outDir}`);
  }
  if (line) console.log(line);
  else console.error('[e2e] the suite reported no result');
  return line ? code : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(1);
});
