// The CLI as a reporter runs it on one file, against write-good's CLI on the same file in the same
// run: the wall time and the CPU time of the whole process, minus each tool's own start-up (its
// time on a one-line file), medians of a few runs. Output goes nowhere, as to a pipe that is not read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extensionOf, type BenchText } from './corpus';
import { percentile } from './timing';

export interface CliOneShot {
  text: string;
  words: number;
  /** Median wall time on a one-line file: node, loading the bundle, the lexicon and the models. */
  oursStartupMs: number;
  oursMs: number;
  writeGoodStartupMs: number;
  writeGoodMs: number;
  /** The same as CPU time (user + system) of the process. */
  oursStartupCpuMs: number;
  oursCpuMs: number;
  writeGoodStartupCpuMs: number;
  writeGoodCpuMs: number;
}

const ONE_LINE = 'The council said the budget rose 4% last year.\n';
const CPU_AT_EXIT = pathToFileURL(join(__dirname, 'cpuAtExit.mjs')).href;

interface Times {
  wall: number[];
  cpu: number[];
}

/** One run's wall and CPU time. write-good's exit status is its number of suggestions; a failure shows on stderr. */
function timeOnce(args: string[], into: Times): void {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  into.wall.push(performance.now() - start);
  if (run.status === null || run.stderr.length) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString()}`);
  into.cpu.push(Number(run.output[3]?.toString().split(' ')[0]));
}

export function measureCliOneShot(text: BenchText, runs = 5): CliOneShot {
  const folder = mkdtempSync(join(tmpdir(), 'factcheck-bench-cli-'));
  try {
    const file = join(folder, `article.${extensionOf(text)}`);
    const small = join(folder, `one-line.${extensionOf(text)}`);
    writeFileSync(file, text.text);
    writeFileSync(small, ONE_LINE);
    const ours = (path: string) => [join(process.cwd(), 'dist/cli.js'), 'check', path];
    const writeGood = (path: string) => [require.resolve('write-good/bin/write-good.js'), path];
    const runsOf = [ours(small), writeGood(small), ours(file), writeGood(file)].map((args) => ({ args, wall: [] as number[], cpu: [] as number[] }));
    // Interleaved run by run, so a burst of load on the machine falls on both tools alike.
    for (let i = 0; i < runs; i++) for (const times of runsOf) timeOnce(times.args, times);
    const [oursStartup, writeGoodStartup, oursRun, writeGoodRun] = runsOf.map(({ wall, cpu }) => ({ wallMs: percentile(wall, 50), cpuMs: percentile(cpu, 50) }));
    return {
      text: text.name,
      words: text.words,
      oursStartupMs: oursStartup.wallMs,
      oursMs: oursRun.wallMs,
      writeGoodStartupMs: writeGoodStartup.wallMs,
      writeGoodMs: writeGoodRun.wallMs,
      oursStartupCpuMs: oursStartup.cpuMs,
      oursCpuMs: oursRun.cpuMs,
      writeGoodStartupCpuMs: writeGoodStartup.cpuMs,
      writeGoodCpuMs: writeGoodRun.cpuMs,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
