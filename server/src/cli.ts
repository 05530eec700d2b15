// `factcheck check|report|archive FILE...`: the language server's engine on files, for CI gates and batch work.
import { parseArgs } from 'node:util';
import { relative, resolve, sep } from 'node:path';
import { loadProjectConfig } from './config/loadProjectConfig';
import { articleUrlFor, type ProjectConfig } from './config/projectConfig';
import { archiveCommand } from './cli/archiveCommand';
import { checkCommand } from './cli/checkCommand';
import type { CliOutput } from './cli/output';
import { reportCommand } from './cli/reportCommand';
import { isReportFormat, REPORT_FORMATS } from './report';

const USAGE = `Usage:
  factcheck check [--format text|json] [--fail-on open] [--max-length N] FILE...
      Lists every finding (claims, quotes, attributions, statistics...) of each article.
      Text lines are path:line:column: kind: message (1-based line and column).
      --fail-on open  exits 1 while any finding is still open (a publish gate).
      The lexicon of the project file in the current folder (extra reporting verbs,
      hedges, anonymous-source phrases) is used, when there is one.
      --max-length N  analyses articles of up to N characters (default 10,000,000, as
      the editor's factcheck.maxDocumentLength); a longer one is refused (exit 2).
  factcheck report [--format md|html|json|csv|claimreview] [-o FILE] [--checker NAME] [--max-length N] FILE...
      One fact-check report for all the files given (default Markdown, to stdout).
      The organisation, published addresses and checker come from the project file
      (.factcheck.json or .factcheck.yaml) in the current folder, when there is one.
      --max-length N  as for check.
  factcheck archive FILE...
      Keeps a copy of every web source in the articles' ledgers that has none yet
      (or whose last attempt failed) under .factcheck/sources/ of the current folder,
      and links it from its source slot. Exits 1 when a copy could not be kept.
  factcheck --help | --version

Exit codes: 0 ok, 1 the --fail-on gate tripped (archive: a copy could not be kept),
2 a file could not be read or bad usage.`;

const output: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function fail(message: string): number {
  output.stderr(`factcheck: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** The project file of the current folder (or the defaults); undefined, its problems told, when it is broken. */
async function currentProject(): Promise<ProjectConfig | undefined> {
  const project = await loadProjectConfig(process.cwd());
  if (project.ok) return project.config;
  for (const problem of project.problems) output.stderr(`factcheck: ${project.file}:${problem.line + 1}:${problem.character + 1}: ${problem.message}\n`);
  return undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    output.stdout(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    output.stdout('0.1.0\n');
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { format: { type: 'string' }, 'fail-on': { type: 'string' }, output: { type: 'string', short: 'o' }, checker: { type: 'string' }, 'max-length': { type: 'string' } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!positionals.length) return fail('no files given');
  const maxLength = values['max-length'] === undefined ? undefined : Number(values['max-length']);
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength > 0)) return fail(`--max-length wants a positive whole number of characters, got "${values['max-length']}"`);
  if (command === 'check') {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') return fail(`unknown --format ${format} (text or json)`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && failOn !== 'open') return fail(`unknown --fail-on ${failOn} (open)`);
    const config = await currentProject();
    if (!config) return 2;
    return checkCommand(positionals, { format, failOn, project: config, maxLength }, output);
  }
  if (command === 'report') {
    const format = values.format ?? 'md';
    if (!isReportFormat(format)) return fail(`unknown --format ${format} (${REPORT_FORMATS.join(', ')})`);
    const config = await currentProject();
    if (!config) return 2;
    const articles = Object.fromEntries(positionals.flatMap((file) => {
      const url = articleUrlFor(config, relative(process.cwd(), resolve(file)).split(sep).join('/'));
      return url ? [[file, { url }]] : [];
    }));
    const checker = values.checker ?? config.checker;
    const metadata = { ...(checker ? { checker } : {}), ...(config.organisation ? { organisation: config.organisation } : {}), articles };
    return reportCommand(positionals, { format, output: values.output, metadata, now: new Date(), project: config, maxLength }, output);
  }
  if (command === 'archive') return archiveCommand(positionals, { workspaceFolder: process.cwd() }, output);
  return fail(`unknown command ${command}`);
}

// `factcheck report | head` closes the pipe early: say so in one line instead of a stack trace,
// and end as a process stopped by SIGPIPE would (128 + 13), as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.stderr.write('factcheck: the output was closed before everything was written (broken pipe)\n');
  process.exit(141);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    output.stderr(`factcheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
