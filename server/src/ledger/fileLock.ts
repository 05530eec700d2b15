// A lock file beside the sidecar (`<sidecar>.lock`, created exclusively), so that two servers —
// two VS Code windows, or the CLI — never interleave their read-merge-write of one sidecar.
// A lock left behind is broken: when its process is gone, when it is older than `staleMs`, when
// its time lies in the future (a clock set back, a copied file), or when it is empty or torn (a
// kill or a full disk between creating it and writing it). A lock that cannot be broken (a
// folder in its place, another user's file) is named in the error with what to do.
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

/** Writing the owner takes microseconds: a lock still empty or torn after this long never will be whole. */
const TORN_MS = 1000;
/** Clocks of two machines sharing a folder may differ this much without a lock looking forged. */
const CLOCK_SKEW_MS = 60_000;

interface Owner {
  pid?: unknown;
  host?: unknown;
}

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
      const code = (error as NodeJS.ErrnoException).code;
      // A full disk can leave the lock created but empty: take it away again before giving up.
      if (code === 'ENOSPC') await removeIfEmpty(lockPath);
      if (code !== 'EEXIST') throw error;
    }
    const held = await inspect(lockPath, options.staleMs);
    if (held.abandoned) {
      await fs.rm(lockPath, { force: true });
      continue;
    }
    if (held.unbreakable) throw new LockTimeout(held.unbreakable);
    if (Date.now() > deadline) throw new LockTimeout(`${lockPath} is held by another process${held.holder ? ` (${held.holder})` : ''}; try again, or delete it if no other editor is running`);
    await delay(Math.min(2 + attempt * 2, 50) * (0.5 + Math.random()));
  }
}

interface Held {
  abandoned: boolean;
  /** Why the lock can never be taken until someone removes it by hand. */
  unbreakable?: string;
  /** Who holds it, for the message when waiting runs out. */
  holder?: string;
}

async function inspect(lockPath: string, staleMs: number): Promise<Held> {
  let stat;
  try {
    stat = await fs.lstat(lockPath);
  } catch {
    // Gone meanwhile: try again at once.
    return { abandoned: false };
  }
  if (!stat.isFile()) return { abandoned: false, unbreakable: `${lockPath} is not a lock file (a folder or link is in its place): remove it by hand so the ledger can be written` };
  const age = Date.now() - stat.mtimeMs;
  if (age > staleMs || age < -CLOCK_SKEW_MS) return { abandoned: true };
  let owner: Owner;
  try {
    owner = JSON.parse(await fs.readFile(lockPath, 'utf8')) as Owner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return { abandoned: false, unbreakable: `${lockPath} cannot be read (permissions): remove it by hand so the ledger can be written` };
    // Empty or torn: caught half-written, or left so by a kill or a full disk.
    return { abandoned: age > TORN_MS };
  }
  const sameHost = owner.host === hostname();
  if (sameHost && typeof owner.pid === 'number' && !isAlive(owner.pid)) return { abandoned: true };
  const since = new Date(stat.mtimeMs).toISOString();
  return { abandoned: false, holder: `process ${String(owner.pid)} on ${sameHost ? 'this machine' : String(owner.host)} since ${since}` };
}

async function removeIfEmpty(lockPath: string): Promise<void> {
  try {
    if ((await fs.stat(lockPath)).size === 0) await fs.rm(lockPath, { force: true });
  } catch {
    // Not there: nothing to clean.
  }
}

/** Whether a process of this machine runs with that id. */
export function isAlive(pid: number): boolean {
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
