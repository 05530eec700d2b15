// The ledger on disk: the only part of ledger/ that touches the file system. Each article's
// sidecar is read on demand and written through a per-file queue (this process) and a lock file
// (other processes). Every write re-reads the sidecar under the lock and applies the one edit to
// what is on disk, so edits from other windows or servers are never overwritten. A sidecar that
// cannot be parsed is never written until it parses again.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import { applyEdit, shapeProblem, type LedgerEdit } from './edit';
import { LockTimeout, withFileLock } from './fileLock';
import { mergeSlotLists } from './merge';
import { reanchorSlots } from './reanchor';
import { removeLeftoverTemporaries, writeFileAtomic } from './atomicWrite';
import { formatSidecar, isEmptySlot, sidecarPathFor, type SidecarLayout } from './sidecarFormat';
import { parseSidecar, type SidecarProblem } from './sidecarParse';
import type { SourceSlot } from './slot';
import { fileSourceScopeProblem, scopeSlots } from './sourceScope';
import { resolveSidecar } from './sidecarLink';

export type LedgerState =
  | { readable: true; sidecarPath: string; exists: boolean; slots: SourceSlot[]; layout?: SidecarLayout }
  | { readable: false; sidecarPath: string; problems: SidecarProblem[] };

export type LedgerEditResult =
  | { ok: true; state: Extract<LedgerState, { readable: true }>; slot?: SourceSlot }
  /** The sidecar is malformed: nothing was written. */
  | { ok: false; reason: 'unreadable'; problems: SidecarProblem[] }
  /** The edit itself was refused (bad argument, no such slot). */
  | { ok: false; reason: 'invalid'; message: string }
  /** The file system failed, or another process held the lock too long. */
  | { ok: false; reason: 'io'; message: string };

export interface LedgerStoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** Recorded as the creator of the slots this store creates. */
  creator?: string;
  lockTimeoutMs?: number;
  staleLockMs?: number;
  /**
   * The workspace folder an article belongs to: its file sources must lie inside it. Undefined
   * (or no function): the article's own folder.
   */
  workspaceOf?: (articlePath: string) => string | undefined;
}

export class LedgerStore {
  private readonly states = new Map<string, LedgerState>();
  /** The sidecar text each state was read from or written as: a reload of the same text is no change. */
  private readonly contents = new Map<string, string | undefined>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly options: LedgerStoreOptions = {}) {}

  /** The state last read or written for this article, without touching the disk. */
  current(articlePath: string): LedgerState | undefined {
    return this.states.get(articlePath);
  }

  /**
   * Reads the article's sidecar (again): on open, and whenever the sidecar changed on disk. When
   * the file holds what this store last read or wrote (the watcher reporting our own write), the
   * current state comes back as the same object, so callers can tell nothing changed.
   */
  load(articlePath: string): Promise<LedgerState> {
    return this.enqueue(articlePath, async () => {
      const { state, content } = await readLedger(articlePath, this.workspaceFolder(articlePath));
      const known = this.states.get(articlePath);
      if (known && content !== undefined && content === this.contents.get(articlePath)) return known;
      this.remember(articlePath, state, content);
      return state;
    });
  }

  /**
   * Applies one edit and writes the sidecar. `text` is the article's current text (open buffer);
   * `creator` names who made the edit, when it is not the store's default.
   */
  edit(articlePath: string, text: string, edit: LedgerEdit, creator?: string): Promise<LedgerEditResult> {
    // Checked before the lock is taken: editLocked reads the target before applyEdit would refuse it.
    const shape = shapeProblem(edit);
    if (shape) return Promise.resolve({ ok: false, reason: 'invalid', message: shape });
    // Written into the sidecar, which rejects anything but text there.
    if (creator !== undefined && typeof creator !== 'string') return Promise.resolve({ ok: false, reason: 'invalid', message: 'The creator must be text' });
    return this.enqueue(articlePath, async () => {
      const sidecarPath = sidecarPathFor(articlePath);
      // Locked where the content lives: two links to one sidecar share its lock.
      const file = await resolveSidecar(sidecarPath, this.workspaceFolder(articlePath));
      const lockPath = `${file.ok ? file.path : sidecarPath}.lock`;
      try {
        const lock = { timeoutMs: this.options.lockTimeoutMs ?? 10_000, staleMs: this.options.staleLockMs ?? 10_000 };
        return await withFileLock(lockPath, lock, () => this.editLocked(articlePath, text, edit, creator ?? this.options.creator));
      } catch (error) {
        const message = error instanceof LockTimeout ? error.message : `Could not write ${sidecarPath}: ${(error as Error).message}`;
        return { ok: false, reason: 'io', message };
      }
    });
  }

  /** Drops the cached state, e.g. when the article is closed. */
  forget(articlePath: string): void {
    this.states.delete(articlePath);
    this.contents.delete(articlePath);
  }

  private workspaceFolder(articlePath: string): string {
    return this.options.workspaceOf?.(articlePath) ?? dirname(articlePath);
  }

  private async editLocked(articlePath: string, text: string, edit: LedgerEdit, creator: string | undefined): Promise<LedgerEditResult> {
    const workspace = this.workspaceFolder(articlePath);
    const { state, content } = await readLedger(articlePath, workspace);
    const known = this.states.get(articlePath);
    this.remember(articlePath, state, content);
    if (!state.readable) return { ok: false, reason: 'unreadable', problems: state.problems };

    let slots = state.slots;
    // The slot the checker acted on may be gone from disk (a revert elsewhere); acting on it restores it.
    if ('slotId' in edit.target && known?.readable) {
      const id = edit.target.slotId;
      slots = mergeSlotLists(slots, known.slots.filter((slot) => slot.id === id && !slots.some((s) => s.id === id)));
    }
    const now = (this.options.now?.() ?? new Date()).toISOString();
    const context = { text, now, newId: this.options.newId ?? randomUUID, ...(creator !== undefined ? { creator } : {}) };
    const outcome = applyEdit(slots, edit, context);
    if (!outcome.ok) return { ok: false, reason: 'invalid', message: outcome.message };
    if (edit.change.type === 'addSource' && edit.change.source.kind === 'file') {
      const outside = await fileSourceScopeProblem(edit.change.source.target, articlePath, workspace);
      if (outside) return { ok: false, reason: 'invalid', message: `The source ${outside}: only files of the workspace can be attached.` };
    }

    const written = reanchorSlots(text, outcome.slots).filter((slot) => !isEmptySlot(slot));
    const next = formatSidecar(basename(articlePath), written, state.layout);
    // No file is created just to hold nothing (e.g. "reopen" on a finding that never had a slot).
    const write = next !== content && (state.exists || written.length > 0);
    if (write) {
      // Read just now under the lock: a link leading out would have made the state unreadable.
      const file = await resolveSidecar(state.sidecarPath, workspace);
      if (!file.ok) return { ok: false, reason: 'io', message: file.message };
      await removeLeftoverTemporaries(file.path, this.options.staleLockMs ?? 10_000);
      await writeFileAtomic(file.path, next);
    }
    const saved = { readable: true as const, sidecarPath: state.sidecarPath, exists: state.exists || write, slots: written, ...(state.layout ? { layout: state.layout } : {}) };
    this.remember(articlePath, saved, write ? next : content);
    const slot = outcome.slot && written.find((s) => s.id === outcome.slot?.id);
    return { ok: true, state: saved, ...(slot ? { slot } : {}) };
  }

  private remember(articlePath: string, state: LedgerState, content: string | undefined): void {
    this.states.set(articlePath, state);
    this.contents.set(articlePath, content);
  }

  private enqueue<T>(articlePath: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(articlePath) ?? Promise.resolve();
    const next = previous.then(work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(articlePath, settled);
    void settled.then(() => {
      if (this.queues.get(articlePath) === settled) this.queues.delete(articlePath);
    });
    return next;
  }
}

async function readLedger(articlePath: string, workspaceFolder: string): Promise<{ state: LedgerState; content?: string }> {
  const sidecarPath = sidecarPathFor(articlePath);
  const file = await resolveSidecar(sidecarPath, workspaceFolder);
  if (!file.ok) return { state: { readable: false, sidecarPath, problems: [{ line: 0, character: 0, message: file.message }] } };
  let content: string;
  try {
    content = await fs.readFile(file.path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: { readable: true, sidecarPath, exists: false, slots: [] } };
    return { state: { readable: false, sidecarPath, problems: [{ line: 0, character: 0, message: `Cannot read the sidecar: ${(error as Error).message}` }] } };
  }
  const parsed = parseSidecar(content);
  if (!parsed.ok) return { state: { readable: false, sidecarPath, problems: parsed.problems }, content };
  const slots = await scopeSlots(parsed.sidecar.slots, articlePath, workspaceFolder);
  return { state: { readable: true, sidecarPath, exists: true, slots, layout: parsed.sidecar.layout }, content };
}
