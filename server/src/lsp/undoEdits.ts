// What puts a slot back after a checker's edit: computed from the slot as it was just before, so
// the client's Undo sends ordinary slot edits and the ledger needs no history of its own.
import type { LedgerEdit } from '../ledger/edit';
import type { SourceSlot } from '../ledger/slot';
import type { SlotEdit } from '../protocol';

/**
 * The edits that undo `edit` on a slot that was `before` (undefined: the edit created it), or
 * undefined when it cannot be undone this way (confirm, delete, re-attach change more than a field).
 */
export function undoEdits(edit: SlotEdit, applied: LedgerEdit, before: SourceSlot | undefined): SlotEdit[] | undefined {
  if (edit.type === 'confirm' || edit.type === 'delete' || edit.type === 'reattach') return undefined;
  if (!before) return [{ type: 'delete' }];
  const note: SlotEdit = { type: 'setNote', note: before.note ?? '' };
  switch (edit.type) {
    case 'addSource': {
      const change = applied.change;
      if (change.type !== 'addSource') return undefined;
      const earlier = before.sources.find((s) => s.kind === change.source.kind && s.target === change.source.target);
      return earlier ? [{ type: 'addSource', source: { kind: earlier.kind, target: earlier.target, ...(earlier.title ? { title: earlier.title } : {}), ...(earlier.excerpt ? { excerpt: earlier.excerpt } : {}) } }] : [{ type: 'removeSource', target: change.source.target }];
    }
    case 'removeSource':
      return undefined;
    case 'setVerdict':
      return [before.verdict ? { type: 'setVerdict', verdict: before.verdict } : { type: 'setVerdict' }];
    case 'setNote':
      return [note];
    case 'dismiss':
      return before.dismissed ? [] : [{ type: 'reopen' }, ...(edit.reason ? [note] : [])];
    case 'reopen':
      if (before.dismissed) return [{ type: 'dismiss' }];
      return before.verdict ? [{ type: 'setVerdict', verdict: before.verdict }] : [];
  }
  return undefined;
}

/** The note a dismissal leaves: the checker's earlier note, then why this is not a claim. */
export function dismissalNote(before: string | undefined, reason: string): string {
  const line = `Not a claim: ${reason.trim()}`;
  return before?.trim() ? `${before.trim()}\n${line}` : line;
}
