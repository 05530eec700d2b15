// The rule for links: an article's sidecar is `<article>.factcheck.json` beside the article's path
// as it is opened (the editor's and the CLI's alike), not beside a link's target. A sidecar that
// is itself a symbolic link is read and written through the link, its target replaced atomically
// and the link kept, when the target lies in the workspace folder (a target not there yet is
// created); a link leading out of it is neither read nor written, so a committed link cannot make the ledger read or
// overwrite a file elsewhere.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isInWorkspace } from './sourceScope';

export type SidecarFile = { ok: true; path: string } | { ok: false; message: string };

/** The file holding the sidecar's content: `sidecarPath` itself, or its link's target. */
export async function resolveSidecar(sidecarPath: string, workspaceFolder: string): Promise<SidecarFile> {
  let stat;
  try {
    stat = await fs.lstat(sidecarPath);
  } catch {
    return { ok: true, path: sidecarPath };
  }
  if (!stat.isSymbolicLink()) return { ok: true, path: sidecarPath };
  let target: string;
  try {
    target = await fs.realpath(sidecarPath);
  } catch {
    // A link to a sidecar not written yet: where it points, as written in the link.
    const written = await fs.readlink(sidecarPath).catch(() => undefined);
    if (written === undefined) return { ok: false, message: `The sidecar ${sidecarPath} is a link that cannot be followed; it is neither read nor written` };
    target = path.resolve(path.dirname(sidecarPath), written);
  }
  if (!(await isInWorkspace(target, workspaceFolder))) {
    return { ok: false, message: `The sidecar ${sidecarPath} is a link to ${target}, outside the workspace folder ${workspaceFolder}; it is neither read nor written` };
  }
  return { ok: true, path: target };
}
