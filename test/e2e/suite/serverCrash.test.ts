// The server killed under the editor: the client restarts it, the article's findings come back,
// and the claims view and status bar hold claims again. Finds the server among the extension
// host's children in /proc (Linux, where the end-to-end tests run).
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import { State } from 'vscode-languageclient/node';
import type { FactcheckApi } from '../../../client/src/extension';
import { activateExtension, closeAllEditors, openArticle } from '../support/extension';
import { FIRST_DIAGNOSTICS_MS, waitForDiagnostics } from '../support/wait';

/** The fact-check servers this extension host runs. */
function serverPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
        return ppid === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dist/server.js');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Whether the process still runs: not gone, and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
}

async function until<T>(read: () => T | undefined, what: string, timeoutMs = FIRST_DIAGNOSTICS_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('server crash', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS * 2);
  after(closeAllEditors);

  it('restarts a killed server; findings and claims come back', async function () {
    if (process.platform !== 'linux') this.skip();
    const api = (await activateExtension()) as FactcheckApi;
    const document = await openArticle('port-dredging.txt');
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the first findings');
    const [before] = await until(() => (serverPids().length === 1 ? serverPids() : undefined), 'one server process');

    process.kill(before, 'SIGKILL');
    // As on a busy machine: messages sent before the client sees the close fail to write. Enough
    // of them once made the client shut down for good, skipping the restart.
    while (isRunning(before)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    const position = { line: 0, character: 0 };
    for (let i = 0; i < 8; i++) api.client.sendRequest('textDocument/hover', { textDocument: { uri: document.uri.toString() }, position }).catch(() => undefined);
    const after = await until(() => serverPids().find((pid) => pid !== before), 'a restarted server');
    assert.notEqual(after, before);
    await until(() => (api.client.state === State.Running ? true : undefined), 'the client running again');
    await until(() => (api.claims.claims?.uri === document.uri.toString() && api.claims.claims.claims.length > 0 ? true : undefined), 'the claims view refreshed by the new server');
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'findings from the restarted server');
  });
});
