// The CLI as a reporter runs it on one file, against write-good's CLI on the same file in the same
// run: the wall time of the whole process, minus each tool's own start-up (its time on a one-line
// file), medians of a few runs. Output goes nowhere, as to a pipe that is not read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}

const ONE_LINE = 'The council said the budget rose 4% last year.\n';

/** write-good's exit status is its number of suggestions; a failure shows on stderr. */
function medianWallMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    if (run.status === null || run.stderr.length) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString()}`);
  }
  return percentile(times, 50);
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
    // Interleaved, so a burst of load on the machine falls on both tools alike.
    const oursStartupMs = medianWallMs(ours(small), runs);
    const writeGoodStartupMs = medianWallMs(writeGood(small), runs);
    const oursMs = medianWallMs(ours(file), runs);
    const writeGoodMs = medianWallMs(writeGood(file), runs);
    return { text: text.name, words: text.words, oursStartupMs, oursMs, writeGoodStartupMs, writeGoodMs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
