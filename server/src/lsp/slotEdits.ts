// Turns a command from the client (protocol SlotEdit on a finding or slot) into a ledger edit on
// the article's current text. Anything the ledger cannot accept comes back as a message.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LedgerEdit, SlotChange } from '../ledger/edit';
import type { EditSlotParams } from '../protocol';
import type { ArticleState } from './openArticles';
import { claimFor } from './claimsAt';

export type Translated = { ok: true; edit: LedgerEdit } | { ok: false; message: string };

export function translateSlotEdit(params: EditSlotParams, state: ArticleState): Translated {
  if (!state.articlePath) return { ok: false, message: 'Save the article to a file first: source slots are kept beside it.' };
  const claim = claimFor(state.claims, params);
  if (!claim) return { ok: false, message: 'That claim is no longer in the article (it changed meanwhile); hover it again.' };
  const target = claim.slot ? { slotId: claim.slot.id } : { finding: { kind: claim.finding!.kind, start: claim.finding!.start, end: claim.finding!.end } };
  const change = translateChange(params, state);
  return change.ok ? { ok: true, edit: { target, change: change.change } } : change;
}

function translateChange(params: EditSlotParams, state: ArticleState): { ok: true; change: SlotChange } | { ok: false; message: string } {
  const edit = params.edit;
  switch (edit.type) {
    case 'addSource': {
      if (typeof edit.source?.target !== 'string') return { ok: false, message: 'A source needs a target: a web address or a file.' };
      const { kind, title, excerpt } = edit.source;
      const target = kind === 'file' ? relativeSourcePath(edit.source.target, state.articlePath!) : edit.source.target;
      if (target === undefined) return { ok: false, message: `${JSON.stringify(edit.source.target)} is not a file path or file: URI.` };
      return { ok: true, change: { type: 'addSource', source: { kind, target, ...(title ? { title } : {}), ...(excerpt ? { excerpt } : {}) } } };
    }
    case 'setVerdict':
      return { ok: true, change: { type: 'setVerdict', verdict: edit.verdict } };
    case 'setNote':
      return { ok: true, change: { type: 'setNote', note: edit.note } };
    case 'removeSource':
      return { ok: true, change: { type: 'removeSource', target: edit.target } };
    case 'dismiss':
      return { ok: true, change: { type: 'dismiss' } };
    case 'confirm':
    case 'reopen':
    case 'delete':
      return { ok: true, change: { type: edit.type } };
    case 'reattach': {
      const finding = state.findings.find((f) => f.id === edit.findingId);
      if (!finding) return { ok: false, message: 'The claim to re-attach to is no longer in the article.' };
      return { ok: true, change: { type: 'reattach', range: { start: finding.start, end: finding.end } } };
    }
  }
  // The protocol's type is a promise the client makes, not a check: a script can send anything.
  return { ok: false, message: `Unknown slot edit ${JSON.stringify((edit as { type?: unknown }).type)}.` };
}

/**
 * Workspace files are recorded relative to the article's folder, with forward slashes; whether the
 * file lies in the workspace is the ledger's check (after links are followed).
 */
function relativeSourcePath(target: string, articlePath: string): string | undefined {
  let absolute: string;
  try {
    absolute = target.startsWith('file:') ? fileURLToPath(target) : path.resolve(path.dirname(articlePath), target);
  } catch {
    return undefined;
  }
  return path.relative(path.dirname(articlePath), absolute).split(path.sep).join('/');
}
