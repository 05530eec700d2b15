// `factcheck archive ARTICLE...`: keeps a copy of every web source of the articles' ledgers that
// has none yet (or whose last attempt failed), as attaching it in the editor does, and records it
// in the sidecar. The only CLI command that reaches the network.
import { dirname, resolve } from 'node:path';
import { readArticle } from '../article/readArticle';
import { keepWebCopy } from '../evidence/webCopy';
import type { FetchLimits } from '../evidence/webFetch';
import { isInsideFolder } from '../ledger/sourceScope';
import { LedgerStore } from '../ledger/store';
import type { CliOutput } from './output';

export interface ArchiveOptions {
  /** The articles inside it keep their copies in its `.factcheck/sources`; any other article, in its own folder's. */
  workspaceFolder: string;
  limits?: FetchLimits;
}

/** Returns the exit code: 0 every copy kept, 1 some could not be, 2 an article or its ledger could not be read. */
export async function archiveCommand(paths: string[], options: ArchiveOptions, out: CliOutput): Promise<number> {
  const workspaceOf = (articlePath: string) => (isInsideFolder(options.workspaceFolder, resolve(articlePath)) ? options.workspaceFolder : dirname(resolve(articlePath)));
  const store = new LedgerStore({ workspaceOf });
  let failed = 0;
  let unreadable = 0;
  for (const path of paths) {
    const read = await readArticle(path);
    const ledger = await store.load(path);
    if (!read.ok || !ledger.readable) {
      out.stderr(`factcheck: ${path}: ${read.ok ? `${ledger.sidecarPath} cannot be read` : read.error}\n`);
      unreadable++;
      continue;
    }
    for (const slot of ledger.slots) {
      for (const source of slot.sources) {
        if (source.kind !== 'url' || (source.archive && !('error' in source.archive))) continue;
        const archive = await keepWebCopy(source.target, { workspaceFolder: workspaceOf(path), articlePath: resolve(path), ...(options.limits ? { limits: options.limits } : {}) });
        const recorded = await store.edit(path, read.text, { target: { slotId: slot.id }, change: { type: 'keepCopy', target: source.target, archive } });
        const problem = 'error' in archive ? archive.error : recorded.ok ? undefined : recorded.reason === 'unreadable' ? 'the ledger cannot be read' : recorded.message;
        if (problem !== undefined) {
          failed++;
          out.stderr(`factcheck: ${path}: ${source.target}: no copy kept: ${problem}\n`);
        } else if ('cached' in archive) out.stdout(`${path}: ${source.target} -> ${archive.cached}\n`);
      }
    }
  }
  if (unreadable) return 2;
  return failed ? 1 : 0;
}
