// A lock file beside the sidecar (`<sidecar>.lock`, created exclusively), so that two servers —
// two VS Code windows, or the CLI — never interleave their read-merge-write of one sidecar.
// A lock left by a crashed process is broken: when its process is gone, or after `staleMs`.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** A lock older than this (ms) is taken to be abandoned. */
  staleMs: number;
}

export class LockTimeout extends Error {}

export async function withFileLock<T>(lockPath: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') });
  await acquire(lockPath, owner, options);
  try {
    return await work();
  } finally {
    await release(lockPath, owner);
  }
}

/** Removes the lock only if it is still ours: after a very long hold another process may have broken it. */
async function release(lockPath: string, owner: string): Promise<void> {
  try {
    if ((await fs.readFile(lockPath, 'utf8')) === owner) await fs.rm(lockPath, { force: true });
  } catch {
    // Already gone.
  }
}

async function acquire(lockPath: string, owner: string, options: LockOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(lockPath, owner, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isAbandoned(lockPath, options.staleMs)) {
      await fs.rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeout(`${lockPath} is held by another process; try again, or delete it if no other editor is running`);
    await delay(Math.min(2 + attempt * 2, 50) * (0.5 + Math.random()));
  }
}

async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const [stat, content] = await Promise.all([fs.stat(lockPath), fs.readFile(lockPath, 'utf8')]);
    if (Date.now() - stat.mtimeMs > staleMs) return true;
    const owner = JSON.parse(content) as { pid?: unknown; host?: unknown };
    return owner.host === hostname() && typeof owner.pid === 'number' && !isAlive(owner.pid);
  } catch {
    // Gone already, or caught half-written: look again on the next round.
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
