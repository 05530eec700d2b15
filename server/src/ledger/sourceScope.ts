// A file source must be a file of the article's workspace folder. The path in the sidecar is
// relative, but `../../etc/passwd` or a symbolic link can still lead anywhere: the path is resolved
// with every link followed (for a file not there yet, its nearest existing folder) and compared
// with the folder, itself resolved. A source outside is kept in the sidecar, untouched, but marked
// refused with the reason: it is shown as text, never as a link, and never read.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SourceRef, SourceSlot } from './slot';

/** Why the file source `target` (relative to the article's folder) is refused, or undefined. */
export async function fileSourceScopeProblem(target: string, articlePath: string, workspaceFolder: string): Promise<string | undefined> {
  if (await isInWorkspace(path.resolve(path.dirname(articlePath), target), workspaceFolder)) return undefined;
  return `${target} is outside the workspace folder ${workspaceFolder}`;
}

/** Whether `file` (absolute), every link followed, lies in `workspaceFolder`, itself resolved. */
export async function isInWorkspace(file: string, workspaceFolder: string): Promise<boolean> {
  return isInsideFolder(await resolvedPath(workspaceFolder), await resolvedPath(file));
}

/** The slots with each file source outside `workspaceFolder` marked refused. */
export async function scopeSlots(slots: SourceSlot[], articlePath: string, workspaceFolder: string): Promise<SourceSlot[]> {
  const checked: SourceSlot[] = [];
  for (const slot of slots) {
    if (!slot.sources.some((source) => source.kind === 'file')) {
      checked.push(slot);
      continue;
    }
    const sources: SourceRef[] = [];
    for (const source of slot.sources) {
      const plain = { ...source };
      delete plain.refused;
      const problem = source.kind === 'file' ? await fileSourceScopeProblem(source.target, articlePath, workspaceFolder) : undefined;
      sources.push(problem ? { ...plain, refused: problem } : plain);
    }
    checked.push({ ...slot, sources });
  }
  return checked;
}

/** Whether `file` is `folder` or lies under it (both absolute; no links followed). */
export function isInsideFolder(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path, links followed; for a path that does not exist, its nearest existing ancestor's real path plus the rest. */
async function resolvedPath(file: string): Promise<string> {
  const rest: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(file);
      rest.push(path.basename(current));
      current = parent;
    }
  }
}
