// `npm run bench [-- file...] [--no-peers] [--no-sources] [--profile-server] [--vscode]`: throughput
// against the peers, editor latency through the built server, memory and bundle sizes, on the
// article grown to 2k, 20k and 100k words and on any files given; the quotes of a 2,000-word
// article checked against a 300-page PDF (sources.bench.ts); with --vscode also start-up in a real
// VS Code (the e2e harness's offline code-server). Prints one table and writes bench/results.json.
// Targets are shown, never enforced.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fromFile, synthesise, type BenchText } from './corpus';
import { measureEngine, type EngineLatency } from './engine';
import { measureLatency, type Latency } from './latency';
import { loadPeers } from './peers';
import { measureSizes } from './sizes';
import { measureSources, type SourcesResult } from './sources.bench';
import { measureVsCodeStartup, type VsCodeStartup } from './startup';
import { topFunctions } from './profileSummary';
import { measureThroughput, ourLinters, type Throughput } from './throughput';
import { printTable } from './table';

export interface Results {
  date: string;
  /** Load average at the start and end: other work on the machine slows every figure. */
  machine: { cpu: string; cores: number; node: string; loadBefore: number; loadAfter: number };
  texts: { name: string; words: number; characters: number }[];
  throughput: Throughput[];
  engine: EngineLatency[];
  latency: Latency[];
  sizes: ReturnType<typeof measureSizes>;
  /** Every quote of a 2,000-word article checked against a 300-page PDF; null with --no-sources. */
  sources: SourcesResult | null;
  /** Open an article in a fresh VS Code window -> first findings shown (only with --vscode). */
  vscodeStartup: VsCodeStartup | { error: string } | null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const loadBefore = loadavg()[0];
  const texts: BenchText[] = [synthesise(2_000), synthesise(20_000), synthesise(100_000), ...args.filter((a) => !a.startsWith('--')).map(fromFile)];

  // The latency runs use the production build, as shipped; a profile needs the development
  // build's function names.
  const profile = args.includes('--profile-server');
  const sizes = measureSizes();
  const build = spawnSync(process.execPath, ['scripts/build.mjs', ...(profile ? [] : ['--production'])], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  const linters = [...ourLinters(), ...(args.includes('--no-peers') ? [] : await loadPeers())];
  const throughput: Throughput[] = [];
  for (const text of texts) {
    for (const linter of linters) {
      const result = await measureThroughput(linter, text);
      throughput.push(result);
      console.error(`${result.tool} on ${text.name}: ${result.wordsPerSecond} words/s (${result.runs} runs)`);
    }
  }

  const engine = texts.map((text) => measureEngine(text));
  const latency: Latency[] = [];
  // --profile-server: a CPU profile of the server per text, in bench/profiles, to see what an edit costs.
  for (const text of texts) {
    const nodeOptions = profile ? ['--cpu-prof', `--cpu-prof-dir=${join(__dirname, 'profiles')}`, `--cpu-prof-name=server-${text.words}-words.cpuprofile`] : [];
    latency.push(await measureLatency(join(process.cwd(), 'dist/server.js'), text, 100, nodeOptions));
    console.error(`latency on ${text.name}: done`);
    if (profile) {
      console.error(`  where the server spent its time (self time; ${text.name}):`);
      for (const { name, share } of topFunctions(join(__dirname, 'profiles', `server-${text.words}-words.cpuprofile`))) {
        console.error(`  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
      }
    }
  }

  const sources = args.includes('--no-sources') ? null : await measureSources(join(process.cwd(), 'dist/server.js'), (line) => console.error(`sources: ${line}`));

  const vscodeStartup = args.includes('--vscode') ? measureVsCodeStartup() : null;

  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadBefore, loadAfter: loadavg()[0] },
    texts: texts.map((t) => ({ name: t.name, words: t.words, characters: t.text.length })),
    throughput,
    engine,
    latency,
    sizes,
    sources,
    vscodeStartup,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
