// A workspace file's fingerprint (SHA-256, size, modification time), recorded in the slot when the
// file is attached as a source or a verdict on it is given.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileEvidence } from '../ledger/slot';
import { sha256OfFile } from './sha256';

/** Rejects as fs does (ENOENT for a missing file). */
export async function readFileEvidence(file: string): Promise<FileEvidence> {
  const before = await fs.stat(file);
  if (!before.isFile()) throw Object.assign(new Error(`${file} is not a file`), { code: 'EISDIR' });
  const { sha256, size } = await sha256OfFile(file);
  return { sha256, size, modified: before.mtime.toISOString() };
}

/** Where a file source is: its target is relative to the article's folder, with forward slashes. */
export function evidencePath(articlePath: string, target: string): string {
  return path.resolve(path.dirname(articlePath), ...target.split('/'));
}
