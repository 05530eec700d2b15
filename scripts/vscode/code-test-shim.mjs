#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests({ vscodeExecutablePath })
// launches, on machines with no Electron build of VS Code (no internet). It takes the desktop flags
// (--extensionDevelopmentPath=…, --extensionTestsPath=…, [folder]) and runs the tests in a private
// code-server (the real VS Code workbench and Node extension host) opened by headless Chromium.
// The workbench honours the test payload in its URL only when the server runs with the smoke-test
// driver enabled. Exit code: the extension host's test exit code.
// Env: FACTCHECK_E2E_TIMEOUT_MS (default 300000), FACTCHECK_E2E_VERBOSE=1, FACTCHECK_E2E_KEEP_TMP=1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumBin, codeServerBin, node24Bin } from './paths.mjs';
import { CHROMIUM_ARGS, codeServerEnv, waitForHealth, writeUserSettings } from './code-server.mjs';

const { devPaths, testsPath, folder } = parseArgs(process.argv.slice(2));
if (!testsPath || devPaths.length === 0) {
  console.error('usage: code-test-shim.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]');
  process.exit(2);
}
for (const [what, file] of [['code-server', codeServerBin], ['Chromium', chromiumBin]]) {
  if (!fs.existsSync(file)) {
    console.error(`${what} not found at ${file}: run \`node scripts/vscode/install-offline.mjs\` first`);
    process.exit(2);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-'));
let server;
let browser;
let cleaned = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => finish(130, `${signal} received`));
}
main().then((code) => finish(code), (error) => finish(1, error instanceof Error ? error.stack : String(error)));

async function main() {
  const userData = path.join(tmp, 'user-data');
  writeUserSettings(userData);
  const workspace = folder ?? path.join(tmp, 'empty-workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const port = await freePort();
  server = spawn(codeServerBin, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'),
  ], { env: codeServerEnv(tmp, node24Bin), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server);

  browser = await chromium.launch({ executablePath: chromiumBin, headless: true, args: CHROMIUM_ARGS, env: codeServerEnv(tmp) });
  const page = await browser.newPage();
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  // Both must exist before the workbench loads: it reports the extension host's console and its
  // exit code through them.
  await page.exposeFunction('codeAutomationLog', (_type, args) => printHostLine(format(...args)));
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(p)]), ['extensionTestsPath', remoteUri(testsPath)]];
  await page.goto(`${base}/?folder=${encodeURIComponent(path.resolve(workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

  const limit = Number(process.env.FACTCHECK_E2E_TIMEOUT_MS || 300000);
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), limit)));
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') {
    console.error(`no test result after ${limit} ms; code-server log: ${path.join(tmp, 'code-server.log')}`);
    return 1;
  }
  return Number(code);
}

// Offline gallery lookups, reconnection chatter and their stack traces: noise for a test log.
const NOISE = /open-vsx\.org|^\s+at |Resolv(ing|ed) connection token|Creating a socket|AccountPolicyGate|AgentHost|Service Worker|reconnection-grace-time|builtin extensions cache|authentication provider|vsda/;

function printHostLine(text) {
  if (process.env.FACTCHECK_E2E_VERBOSE || !NOISE.test(text)) console.log(text);
}

/** code-server names its remote authority literally "remote". */
function remoteUri(p) {
  return /^[a-z][\w+.-]*:\/\//i.test(p) ? p : `vscode-remote://remote${path.resolve(p)}`;
}

function parseArgs(argv) {
  const parsed = { devPaths: [], testsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const pair = arg.match(/^--([^=]+)=(.*)$/s);
    const key = pair ? pair[1] : arg.startsWith('--') ? arg.slice(2) : undefined;
    const value = () => (pair ? pair[2] : argv[++i]);
    if (key === 'extensionDevelopmentPath') parsed.devPaths.push(value());
    else if (key === 'extensionTestsPath') parsed.testsPath = value();
    else if (key === undefined && parsed.folder === undefined) parsed.folder = arg;
    // Every other desktop flag (--no-sandbox, --user-data-dir, --disable-extensions, …) has no
    // meaning here: the server gets a fresh profile and an empty extensions folder each run.
  }
  return parsed;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function finish(code, message) {
  if (cleaned) return;
  cleaned = true;
  if (message) console.error(message);
  if (browser) await browser.close().catch(() => {});
  // The extension host outlives a closed browser for the reconnection grace time: end the
  // whole process group.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (code === 0 && !process.env.FACTCHECK_E2E_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  else console.error(`kept ${tmp} for inspection`);
  process.exit(code);
}
