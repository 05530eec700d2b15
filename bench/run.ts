// `npm run bench [-- file...] [--no-peers] [--no-sources] [--profile-server] [--vscode] [--only news-latency|cli|worst]`: throughput
// against the peers, editor latency through the built server, memory and bundle sizes, on the
// article grown to 2k, 20k and 100k words, on real news (the shared corpus's articles, about 20k
// and 126k words, with the CLI against write-good's) and on any files given; the quotes of a
// 2,000-word article checked against a 300-page PDF (sources.bench.ts); with --vscode also start-up
// in a real VS Code (the e2e harness's offline code-server). Prints one table and writes
// bench/results.json. Targets are shown, never enforced. `--only news-latency` measures only the
// engine and the editor latency on the real news, `--only cli` only the CLI against write-good's on
// it, `--only worst` only the hostile texts (worstCases.ts); each leaves bench/results.json as it is:
// a partial run must not stand in for the whole one.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fromFile, synthesise, type BenchText } from './corpus';
import { measureEngine, type EngineLatency } from './engine';
import { measureCliOneShot, type CliOneShot } from './cliOneShot';
import { measureLatency, type EditPlace, type Latency } from './latency';
import { newsTexts } from './news';
import { loadPeers } from './peers';
import { measureSizes } from './sizes';
import { measureSources, type SourcesResult } from './sources.bench';
import { measureVsCodeStartup, type VsCodeStartup } from './startup';
import { topFunctions } from './profileSummary';
import { measureThroughput, ourLinters, type Throughput } from './throughput';
import { printTable } from './table';
import { printSlowEdits } from './slowEdits';
import { measureWorstCases, printWorstCases, type WorstCase } from './worstCases';

export interface Results {
  date: string;
  /** Load average at the start and end: other work on the machine slows every figure. */
  machine: { cpu: string; cores: number; node: string; loadBefore: number; loadAfter: number };
  texts: { name: string; words: number; characters: number; format: BenchText['format'] }[];
  /** Why the real-news texts are missing, when they are. */
  newsSkipped: string | null;
  throughput: Throughput[];
  engine: EngineLatency[];
  latency: Latency[];
  /** The CLI on one file against write-good's, on the news texts. */
  cli: CliOneShot[];
  /** Issue 14's hostile texts through the CLI and the server, another article hovered meanwhile. */
  worst: WorstCase[];
  sizes: ReturnType<typeof measureSizes>;
  /** Every quote of a 2,000-word article checked against a 300-page PDF; null with --no-sources. */
  sources: SourcesResult | null;
  /** Open an article in a fresh VS Code window -> first findings shown (only with --vscode). */
  vscodeStartup: VsCodeStartup | { error: string } | null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = onlyPart(args);
  const loadBefore = loadavg()[0];
  const news = newsTexts([20_000, 126_000]);
  const newsSkipped = Array.isArray(news) ? null : news.skipped;
  if (newsSkipped) console.error(`real news skipped: ${newsSkipped}`);
  const texts: BenchText[] = only
    ? Array.isArray(news) && only !== 'worst'
      ? news
      : []
    : [
        synthesise(2_000),
        synthesise(20_000),
        synthesise(100_000),
        ...(Array.isArray(news) ? news : []),
        ...args.filter((a) => !a.startsWith('--')).map(fromFile),
      ];
  if (!texts.length && only !== 'worst') throw new Error(`nothing to measure: ${newsSkipped}`);

  // The latency runs use the production build, as shipped; a profile needs the development
  // build's function names.
  const profile = args.includes('--profile-server');
  const sizes = measureSizes();
  const build = spawnSync(process.execPath, ['scripts/build.mjs', ...(profile ? [] : ['--production'])], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  const linters = only ? [] : [...ourLinters(), ...(args.includes('--no-peers') ? [] : await loadPeers())];
  const throughput: Throughput[] = [];
  for (const text of texts) {
    for (const linter of linters) {
      const result = await measureThroughput(linter, text);
      throughput.push(result);
      console.error(`${result.tool} on ${text.name}: ${result.wordsPerSecond} words/s (${result.runs} runs)`);
    }
  }

  const engine = only === 'cli' || only === 'worst' ? [] : texts.map((text) => measureEngine(text));
  const latency: Latency[] = [];
  // --profile-server: a CPU profile of the server per text, in bench/profiles, to see what an edit costs.
  // --tail: each edit traced (the server's collections and writes, the client's decoding), and the slowest printed.
  const tail = args.includes('--tail');
  const places: EditPlace[] = ['mid-sentence', 'paragraph start'];
  for (const text of only === 'cli' || only === 'worst' ? [] : texts) {
    for (const place of places) {
      const profileName = `server-${text.words}-words-${place.replace(' ', '-')}.cpuprofile`;
      const nodeOptions = profile ? ['--cpu-prof', `--cpu-prof-dir=${join(__dirname, 'profiles')}`, `--cpu-prof-name=${profileName}`] : [];
      const measured = await measureLatency(join(process.cwd(), 'dist/server.js'), text, place, 100, nodeOptions, tail);
      latency.push(measured);
      console.error(`latency on ${text.name}, ${place}: done`);
      if (tail) printSlowEdits(measured);
      if (profile) {
        console.error(`  where the server spent its time (self time; ${text.name}, ${place}):`);
        for (const { name, share } of topFunctions(join(__dirname, 'profiles', profileName))) {
          console.error(`  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
        }
      }
    }
  }

  // write-good's CLI takes tens of seconds on the largest text: three runs each.
  const cli = Array.isArray(news) && (only === 'cli' || (!only && !args.includes('--no-peers'))) ? news.map((text) => measureCliOneShot(text, 3)) : [];

  const longestNews = Array.isArray(news) ? news.slice(-1) : [];
  const worst = !only || only === 'worst' ? await measureWorstCases(join(process.cwd(), 'dist/server.js'), longestNews, 3, (line) => console.error(`worst case: ${line}`)) : [];

  const sources = only || args.includes('--no-sources') ? null : await measureSources(join(process.cwd(), 'dist/server.js'), (line) => console.error(`sources: ${line}`));

  const vscodeStartup = !only && args.includes('--vscode') ? measureVsCodeStartup() : null;

  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadBefore, loadAfter: loadavg()[0] },
    texts: texts.map((t) => ({ name: t.name, words: t.words, characters: t.text.length, format: t.format })),
    newsSkipped,
    throughput,
    engine,
    latency,
    cli,
    worst,
    sizes,
    sources,
    vscodeStartup,
  };
  if (only) console.error(`--only ${only}: bench/results.json left as it was`);
  else writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (only !== 'worst') printTable(results);
  printWorstCases(results.worst);
}

/** The one part `--only` asks for; undefined for the whole benchmark. */
function onlyPart(args: string[]): 'news-latency' | 'cli' | 'worst' | undefined {
  const index = args.indexOf('--only');
  if (index < 0) return undefined;
  const part = args[index + 1];
  if (part !== 'news-latency' && part !== 'cli' && part !== 'worst') throw new Error(`--only takes news-latency, cli or worst, not ${part ?? 'nothing'}`);
  return part;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
