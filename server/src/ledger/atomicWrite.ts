// Replaces a file so that readers see either the old or the new content, never a torn one, and
// the new content survives a crash: write a temporary file in the same folder, flush it, rename
// it over the target, flush the folder.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './fileLock';

function temporaryName(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(path);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Folders cannot be opened or flushed on some platforms (Windows); the rename is still atomic.
  }
}

/**
 * Removes the temporary files a killed writer left beside `path`: those of a process no longer
 * running, or older than `staleMs`. Call it holding the file's lock, when no other writer of it
 * can be halfway.
 */
export async function removeLeftoverTemporaries(path: string, staleMs: number): Promise<void> {
  const folder = dirname(path);
  const pattern = new RegExp(`^${escapeRegExp(basename(path))}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || Number(match[1]) === process.pid) continue;
    const file = join(folder, name);
    const stat = await fs.lstat(file).catch(() => undefined);
    if (!stat?.isFile()) continue;
    if (!isAlive(Number(match[1])) || Date.now() - stat.mtimeMs > staleMs) await fs.rm(file, { force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
