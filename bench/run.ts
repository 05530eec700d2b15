// `npm run bench [-- file...] [--no-peers]`: throughput against the peers, editor latency through
// the built server, memory and bundle sizes, on the article grown to 2k, 20k and 100k words and on
// any files given. Prints one table and writes bench/results.json. Targets are shown, never enforced.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fromFile, synthesise, type BenchText } from './corpus';
import { measureEngine, type EngineLatency } from './engine';
import { measureLatency, type Latency } from './latency';
import { loadPeers } from './peers';
import { measureSizes } from './sizes';
import { measureThroughput, ourLinters, type Throughput } from './throughput';
import { printTable } from './table';

export interface Results {
  date: string;
  machine: { cpu: string; node: string };
  texts: { name: string; words: number; characters: number }[];
  throughput: Throughput[];
  engine: EngineLatency[];
  latency: Latency[];
  sizes: ReturnType<typeof measureSizes>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const texts: BenchText[] = [synthesise(2_000), synthesise(20_000), synthesise(100_000), ...args.filter((a) => !a.startsWith('--')).map(fromFile)];

  // Packaging makes the production build the latency runs use; without it, the development build.
  const sizes = measureSizes();
  if (sizes.vsixKb === null && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');

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
  for (const text of texts) {
    latency.push(await measureLatency(join(process.cwd(), 'dist/server.js'), text));
    console.error(`latency on ${text.name}: done`);
  }

  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    texts: texts.map((t) => ({ name: t.name, words: t.words, characters: t.text.length })),
    throughput,
    engine,
    latency,
    sizes,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
