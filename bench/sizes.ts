// Bundle sizes: what a user downloads and what VS Code loads at activation.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export interface Sizes {
  clientKb: number;
  serverKb: number;
  vsixKb: number | null;
  /** Why there is no .vsix size, when packaging failed. */
  vsixError?: string;
}

const VSIX = 'dist/factcheck-annotations.vsix';

function kb(path: string): number {
  return Math.round(statSync(path).size / 102.4) / 10;
}

/** Packages the extension (a production build) and reads the sizes of what it ships. */
export function measureSizes(): Sizes {
  const packaged = spawnSync('npm', ['run', 'package'], { encoding: 'utf8' });
  const sizes: Sizes = { clientKb: kb('dist/client.js'), serverKb: kb('dist/server.js'), vsixKb: null };
  if (packaged.status === 0 && existsSync(VSIX)) sizes.vsixKb = kb(VSIX);
  else sizes.vsixError = (packaged.stderr || packaged.stdout).trim().split('\n').slice(-3).join(' ');
  return sizes;
}
