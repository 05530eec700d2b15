// `factcheck report -o` never writes over what it reports on: the article, a link to it, its
// sidecar, the project file. A missing folder and a closed pipe get one clear line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'server/bin/factcheck.js');
const ARTICLE = '“Rents rose 14% in a year,” said housing officer Noor Haddad.\n';

describe('factcheck report -o', function () {
  let dir: string;
  let article: string;
  const factcheck = (...args: string[]) => {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'factcheck-output-'));
    article = path.join(dir, 'rents.txt');
    writeFileSync(article, ARTICLE);
    writeFileSync(`${article}.factcheck.json`, '{"version": 1, "article": "rents.txt", "annotations": []}\n');
    writeFileSync(path.join(dir, '.factcheck.json'), '{"version": 1, "organisation": {"name": "Desk"}}\n');
    symlinkSync(article, path.join(dir, 'link.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses the article, a link to it, its sidecar (also through the link) and the project file, leaving each untouched', () => {
    const before = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
    const cases: [string[], RegExp][] = [
      [['rents.txt'], /an article the report is made from/],
      [['link.txt'], /an article the report is made from/],
      [['rents.txt.factcheck.json'], /sidecar|ledger/],
      [['.factcheck.json'], /the project file/],
      [['./sub/../rents.txt'], /does not exist|an article/],
    ];
    for (const [[output], reason] of cases) {
      const run = factcheck('report', '-o', output, 'rents.txt');
      assert.equal(run.code, 2, `${output}: ${run.stderr}`);
      assert.match(run.stderr, reason, output);
      assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
    }
    const viaLink = factcheck('report', '-o', path.join(dir, 'rents.txt'), 'link.txt');
    assert.equal(viaLink.code, 2);
    const after = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
    assert.deepEqual(after, before);
  });

  it('writes a report file atomically, leaving no temporary file behind', () => {
    const run = factcheck('report', '--format', 'html', '-o', 'report.html', 'rents.txt');
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(path.join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('names a missing output folder in one line', () => {
    const run = factcheck('report', '-o', 'no/such/folder/report.md', 'rents.txt');
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /the folder .*no\/such\/folder does not exist/);
  });

  it('says so in one line when the reader closes the pipe early', () => {
    // Enough articles for a report far larger than a pipe's buffer, read by a reader that stops at once.
    const many = Array.from({ length: 40 }, (_, i) => {
      const file = path.join(dir, `a${i}.txt`);
      writeFileSync(file, ARTICLE.repeat(200));
      return file;
    });
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" report ${many.map((f) => `"${f}"`).join(' ')} | head -c 10 >/dev/null; exit 0`], { cwd: dir, encoding: 'utf8' });
    assert.doesNotMatch(run.stderr, /internal error|EPIPE|\n\s+at /, run.stderr);
    assert.match(run.stderr, /^factcheck: the output was closed before everything was written \(broken pipe\)\n$/);
  });
});
