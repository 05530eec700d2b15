// `factcheck archive`: the web sources recorded in an article's ledger get kept copies under the
// current folder's .factcheck/sources, linked from their slots; a failure is recorded, reported
// and retried on the next run, a kept copy is not fetched again. Against a local HTTP server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/engine/analyze';
import { sha256Hex } from '../../server/src/evidence/sha256';
import { LedgerStore } from '../../server/src/ledger/store';
import { Scratch } from '../support/scratch';
import { PAGE, TestWebServer } from '../support/webServer';

const BIN = path.resolve(__dirname, '../../server/bin/factcheck.js');
const ARTICLE = 'The council will spend £48 million on the harbour, the budget shows.\n';

/** Runs the CLI without blocking this process: the test's web server must keep answering. */
function archive(cwd: string, file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'archive', file], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('factcheck archive', function () {
  this.timeout(30_000);
  const scratch = new Scratch();
  let server: TestWebServer;
  before(async () => {
    server = await TestWebServer.start();
  });
  after(async () => {
    scratch.removeAll();
    await server.stop();
  });

  it('keeps a copy of each web source, records a failure, and retries only what failed', async () => {
    const workspace = scratch.dir('factcheck-archive');
    const file = path.join(workspace, 'harbour.txt');
    writeFileSync(file, ARTICLE);
    const [figure] = analyze(ARTICLE).filter((f) => f.kind === 'statistic');
    const target = { finding: { kind: figure.kind, start: figure.start, end: figure.end } };
    const store = new LedgerStore();
    for (const route of ['/budget', '/nothing-here']) {
      assert.ok((await store.edit(file, ARTICLE, { target, change: { type: 'addSource', source: { kind: 'url', target: server.url(route) } } })).ok);
    }

    const first = await archive(workspace, 'harbour.txt');
    assert.equal(first.code, 1, first.stderr);
    const sha256 = sha256Hex(PAGE);
    assert.equal(first.stdout, `harbour.txt: ${server.url('/budget')} -> .factcheck/sources/${sha256}.html\n`);
    assert.match(first.stderr, /harbour\.txt: http:\/\/127\.0\.0\.1:\d+\/nothing-here: no copy kept: the server answered 404/);
    assert.equal(readFileSync(path.join(workspace, '.factcheck', 'sources', `${sha256}.html`), 'utf8'), PAGE);

    const sources = JSON.parse(readFileSync(`${file}.factcheck.json`, 'utf8')).annotations[0].body.filter((b: { purpose: string }) => b.purpose === 'linking');
    const kept = sources.find((s: { source: string }) => s.source.endsWith('/budget'));
    assert.equal(kept.state.cached, `.factcheck/sources/${sha256}.html`);
    assert.deepEqual({ ...kept.archive, retrieved: undefined }, { sha256, status: 200, contentType: 'text/html', retrieved: undefined });
    const failed = sources.find((s: { source: string }) => s.source.endsWith('/nothing-here'));
    assert.equal(failed.archive.status, 404);
    assert.match(failed.archive.error, /404/);

    const before = server.requests.length;
    const again = await archive(workspace, 'harbour.txt');
    assert.equal(again.code, 1);
    assert.deepEqual(server.requests.slice(before), ['/nothing-here'], 'the kept copy is not fetched again');
  });

  it('says so when an article cannot be read', async () => {
    const workspace = scratch.dir('factcheck-archive-missing');
    const run = await archive(workspace, 'nowhere.txt');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /nowhere\.txt/);
    assert.ok(!existsSync(path.join(workspace, '.factcheck')));
  });
});
