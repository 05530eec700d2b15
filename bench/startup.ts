// Start-up in a real VS Code (the offline code-server path of the e2e harness): the start-up suite
// run alone, so the extension activates fresh, and the times it recorded.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface VsCodeStartup {
  fresh: boolean;
  openToActivatedMs: number;
  openToFirstDiagnosticsMs: number;
  diagnostics: number;
}

const TIMINGS = join(process.cwd(), '.cache/bench-startup.json');

export function measureVsCodeStartup(): VsCodeStartup | { error: string } {
  rmSync(TIMINGS, { force: true });
  const run = spawnSync('npm', ['run', 'test:e2e'], {
    encoding: 'utf8',
    env: { ...process.env, FACTCHECK_E2E_GREP: 'start-up', FACTCHECK_BENCH_STARTUP: TIMINGS },
    timeout: 10 * 60_000,
  });
  if (!existsSync(TIMINGS)) return { error: `the start-up suite recorded nothing (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}` };
  return JSON.parse(readFileSync(TIMINGS, 'utf8')) as VsCodeStartup;
}
