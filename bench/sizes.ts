// Bundle sizes: what a user downloads and what VS Code loads at activation.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';

export interface Sizes {
  clientKb: number;
  serverKb: number;
  vsixKb: number | null;
  /** How the .vsix was made when `npm run package` failed, or why there is none. */
  vsixNote?: string;
}

const VSIX = 'dist/factcheck-annotations.vsix';

function kb(path: string): number {
  return Math.round(statSync(path).size / 102.4) / 10;
}

function lastLines(output: { stdout: string; stderr: string }): string {
  return (output.stderr || output.stdout).trim().split('\n').slice(-2).join(' ');
}

/** Packages the extension (a production build) and reads the sizes of what it ships. */
export function measureSizes(): Sizes {
  rmSync(VSIX, { force: true });
  const packaged = spawnSync('npm', ['run', 'package'], { encoding: 'utf8' });
  const sizes: Sizes = { clientKb: kb('dist/client.js'), serverKb: kb('dist/server.js'), vsixKb: null };
  if (packaged.status === 0 && existsSync(VSIX)) {
    sizes.vsixKb = kb(VSIX);
    return sizes;
  }
  sizes.vsixNote = `not built: ${lastLines(packaged)}`;
  return sizes;
}
