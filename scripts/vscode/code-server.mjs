// What the test shim and the screenshot script share about starting code-server and Chromium.
/* global fetch */
import fs from 'node:fs';
import path from 'node:path';

/** Headless Chromium on a closed network: no background traffic, no sandbox (root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * The child environment: config, data and home inside `dir` so nothing lands in the user's ~,
 * and without the variables code-server reads in preference to its flags ($PORT beats --bind-addr).
 */
export function codeServerEnv(dir, node24Bin) {
  const env = {
    ...process.env,
    HOME: path.join(dir, 'home'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
  };
  if (node24Bin) env.PATH = `${node24Bin}:${process.env.PATH}`;
  for (const key of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'CODE_SERVER_CONFIG', 'VSCODE_PROXY_URI', 'ELECTRON_RUN_AS_NODE']) {
    delete env[key];
  }
  fs.mkdirSync(env.HOME, { recursive: true });
  return env;
}

/** A quiet profile: no welcome page, no trust prompt, no update or gallery checks. */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extra,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Polls /healthz until the server answers; fails early if the server process dies. */
export async function waitForHealth(base, child, limitMs = 60000) {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it answered`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${limitMs} ms`);
}
