// The language server is editor-agnostic: Neovim, a second real LSP client, starts the built
// server over stdio, shows its diagnostics and asks for a hover. Needs `nvim` (Debian: apt-get
// install neovim) and `npm run build` first (the npm script test:neovim does both checks).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');
const server = path.join(repoRoot, 'dist/server.js');
const article = path.join(repoRoot, 'test/e2e/fixtures/workspace/port-dredging.txt');
const check = path.join(__dirname, 'lsp_check.lua');

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface NeovimRun {
  published: { range: LspRange; code: string; source: string }[];
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; code: string; source: string }[];
  hover: string | null;
  exitCode: number | null;
}

/** The LSP position (UTF-16 characters) and Neovim's (byte column) of `text` in `source`. */
function positions(source: string, text: string): { line: number; character: number; byteCol: number } {
  const at = source.indexOf(text);
  assert.notEqual(at, -1, `the article contains “${text}”`);
  const before = source.slice(0, at);
  const line = before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line, character: at - lineStart, byteCol: Buffer.byteLength(source.slice(lineStart, at), 'utf8') };
}

function runNeovim(file: string, hoverAt: { line: number; character: number }): NeovimRun {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.ok(!nvim.error, 'nvim is not installed: apt-get install -y neovim (0.7.2 or later)');
  assert.ok(fs.existsSync(server), `${server} is missing: run npm run build first`);
  const result = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${check}`, file], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      FACTCHECK_LSP_CMD: `${process.execPath} ${server} --stdio`,
      FACTCHECK_HOVER_LINE: String(hoverAt.line),
      FACTCHECK_HOVER_CHARACTER: String(hoverAt.character),
    },
  });
  const lines = result.stdout.split('\n').filter((l) => l.startsWith('{'));
  const merged = Object.assign({}, ...lines.map((l) => JSON.parse(l) as object)) as NeovimRun;
  assert.ok('published' in merged, `Neovim printed no result (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { ...merged, exitCode: result.status };
}

describe('Neovim as a second LSP client of the stdio server', function () {
  this.timeout(90_000);
  let text: string;
  let run: NeovimRun;

  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-nvim-'));
    const copy = path.join(dir, 'port-dredging.txt');
    fs.copyFileSync(article, copy);
    text = fs.readFileSync(copy, 'utf8');
    run = runNeovim(copy, positions(text, 'followed every step'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('receives diagnostics from the server with source "factcheck" and finding kinds as codes', () => {
    assert.ok(run.published.length > 0, 'the server published findings');
    assert.ok(run.published.every((d) => d.source === 'factcheck'));
    const codes = new Set(run.published.map((d) => d.code));
    for (const kind of ['quote', 'attribution', 'allegation', 'right-of-reply']) assert.ok(codes.has(kind), `a ${kind} finding`);
  });

  it('puts the quote after emoji and curly quotes on the right characters, in UTF-16 and in Neovim’s bytes', () => {
    const quote = '“Nothing was decided behind closed doors,”';
    const start = positions(text, quote);
    const sent = run.published.find((d) => d.code === 'quote' && d.range.start.line === start.line && d.range.start.character === start.character);
    assert.ok(sent, `a quote diagnostic at ${start.line}:${start.character}; got ${JSON.stringify(run.published.map((d) => [d.code, d.range.start]))}`);
    assert.equal(sent.range.end.character, start.character + quote.length);
    const shown = run.diagnostics.find((d) => d.code === 'quote' && d.lnum === start.line && d.col === start.byteCol);
    assert.ok(shown, 'Neovim shows it at the same place, converted to bytes');
    assert.equal(shown.end_col, start.byteCol + Buffer.byteLength(quote, 'utf8'));
  });

  it('answers the hover with the source slot', () => {
    assert.ok(run.hover, 'a hover on the quote');
    assert.match(run.hover, /^\*\*Quote attributed to Agnes Rowe/);
    assert.match(run.hover, /Source slot: empty/);
  });

  it('ends cleanly', () => {
    assert.equal(run.exitCode, 0);
  });
});
