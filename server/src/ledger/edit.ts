// What a checker does to a slot — attach a source, set a verdict, add a note, dismiss, reopen,
// delete, re-attach — applied to a list of slots. Pure; the store applies it to the sidecar as
// it is on disk at the moment of writing, so concurrent edits compose instead of overwriting.
// Arguments come from commands and are checked here.
import { FINDING_KINDS, type FindingKind, type Span } from '../analysis/finding';
import { anchorAt } from './anchor';
import { judgedNow } from './judgedWords';
import { overlap } from './join';
import { reanchorSlot } from './reanchor';
import { VERDICTS, type FileEvidence, type SourceRef, type SourceSlot, type Verdict, type WebArchive } from './slot';
import { webArchiveProblem } from './webArchive';
import { fileEvidenceProblem, sourceRefProblem } from './sourceRef';
import { TextIndex } from './textIndex';

export type SlotChange =
  | { type: 'addSource'; source: SourceRef }
  | { type: 'removeSource'; target: string }
  /** `evidence`: the slot's workspace files as they are now, by target, fingerprinted anew with the verdict. */
  | { type: 'setVerdict'; verdict: Verdict | undefined; evidence?: EvidenceByTarget }
  | { type: 'setNote'; note: string | undefined }
  | { type: 'dismiss' }
  /** The verdict still holds for the claim's words as they stand now: record them, who and when. */
  | { type: 'confirm'; evidence?: EvidenceByTarget }
  /** Undismisses a dismissed slot; on any other, withdraws the verdict so the claim is open again. */
  | { type: 'reopen' }
  | { type: 'delete' }
  /** Records a web source's kept copy (or why none could be kept); made by the server, never by a client. */
  | { type: 'keepCopy'; target: string; archive: WebArchive }
  /** Moves the slot (typically an orphan) onto a new range of the current text. */
  | { type: 'reattach'; range: Span };

/** Fingerprints of workspace files, by the source target that names them. */
export type EvidenceByTarget = ReadonlyMap<string, FileEvidence>;

/** The slot to change: an existing one by id, or the one on a finding (created if there is none). */
export type SlotTarget = { slotId: string } | { finding: { kind: FindingKind; start: number; end: number } };

/** One change to one slot, as the ledger applies it (the protocol's SlotEdit, resolved to offsets). */
export interface LedgerEdit {
  target: SlotTarget;
  change: SlotChange;
}

export interface EditContext {
  /** The article's current text: new slots are anchored in it. */
  text: string;
  /** ISO 8601 date-time recorded as `modified` (and `created` for a new slot). */
  now: string;
  creator?: string;
  newId: () => string;
}

export type EditOutcome = { ok: true; slots: SourceSlot[]; slot?: SourceSlot } | { ok: false; message: string };

/** Exactly on the finding: a slot another window created for it meanwhile is reused, not doubled. */
const SAME_CLAIM = 0.9;
export const MAX_NOTE = 20_000;

const CHANGE_TYPES: readonly string[] = ['addSource', 'removeSource', 'setVerdict', 'setNote', 'dismiss', 'confirm', 'reopen', 'delete', 'reattach', 'keepCopy'];

/** Command arguments arrive as JSON from the client: check the shape before trusting the types. */
export function shapeProblem(edit: unknown): string | undefined {
  const { target, change } = (edit ?? {}) as { target?: unknown; change?: unknown };
  const slotId = (target as { slotId?: unknown } | null)?.slotId;
  const finding = (target as { finding?: unknown } | null)?.finding;
  if (typeof slotId !== 'string' && (typeof finding !== 'object' || finding === null)) return 'The edit names neither a slot nor a finding';
  const type = (change as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !CHANGE_TYPES.includes(type)) return `Unknown change ${JSON.stringify(type ?? null)}`;
  const fields: Record<string, [string, string]> = { addSource: ['source', 'object'], removeSource: ['target', 'string'], reattach: ['range', 'object'] };
  const [field, kind] = fields[type] ?? [];
  const value = field ? (change as Record<string, unknown>)[field] : undefined;
  if (field && (typeof value !== kind || value === null)) return `The change "${type}" needs "${field}"`;
  return undefined;
}

export function applyEdit(slots: readonly SourceSlot[], edit: LedgerEdit, context: EditContext): EditOutcome {
  const shape = shapeProblem(edit);
  if (shape) return { ok: false, message: shape };
  const problem = changeProblem(edit.change, context.text);
  if (problem) return { ok: false, message: problem };
  const located = locate(slots, edit.target, context);
  if (!located.ok) return located;
  const { index, slot } = located;
  const keeping = edit.change.type === 'keepCopy' ? edit.change.target : undefined;
  if (keeping !== undefined && !slot.sources.some((s) => s.kind === 'url' && s.target === keeping)) return { ok: false, message: 'That web source is no longer in the slot' };
  if (edit.change.type === 'confirm' && slot.verdict === undefined) return { ok: false, message: 'There is no verdict to confirm on this claim; set one instead' };
  const rest = index === -1 ? [...slots] : slots.filter((_, i) => i !== index);
  if (edit.change.type === 'delete') return { ok: true, slots: rest };
  const changed = change({ ...slot, sources: [...slot.sources] }, edit.change, context);
  changed.modified = context.now;
  if (changed.creator === undefined && context.creator !== undefined) changed.creator = context.creator;
  return { ok: true, slots: index === -1 ? [...rest, changed] : slots.map((s, i) => (i === index ? changed : s)), slot: changed };
}

function locate(slots: readonly SourceSlot[], target: SlotTarget, context: EditContext): { ok: true; index: number; slot: SourceSlot } | { ok: false; message: string } {
  if ('slotId' in target) {
    const index = slots.findIndex((slot) => slot.id === target.slotId);
    return index === -1 ? { ok: false, message: `No source slot ${target.slotId} in this article's ledger` } : { ok: true, index, slot: slots[index] };
  }
  const { kind, start, end } = target.finding;
  if (!FINDING_KINDS.includes(kind)) return { ok: false, message: `Unknown finding kind ${JSON.stringify(kind)}` };
  if (!isClaimRange(context.text, { start, end })) return { ok: false, message: 'The finding is empty or lies outside the article' };
  const textIndex = new TextIndex(context.text);
  const index = slots.findIndex((slot) => {
    if (slot.kind !== kind) return false;
    const anchoring = reanchorSlot(context.text, slot, textIndex).anchoring;
    return anchoring.found && overlap(anchoring.range, { start, end }) >= SAME_CLAIM;
  });
  if (index !== -1) return { ok: true, index, slot: slots[index] };
  const slot: SourceSlot = { id: context.newId(), kind, anchor: anchorAt(context.text, { start, end }), sources: [], created: context.now, modified: context.now };
  return { ok: true, index: -1, slot };
}

function change(slot: SourceSlot, change: SlotChange, context: EditContext): SourceSlot {
  switch (change.type) {
    case 'addSource': {
      // Attaching a source is consulting it: "accessed" defaults to now.
      const source = { ...change.source, accessed: change.source.accessed ?? context.now };
      const at = slot.sources.findIndex((s) => s.kind === source.kind && s.target === source.target);
      if (at === -1) slot.sources.push(source);
      else slot.sources[at] = source;
      return slot;
    }
    case 'removeSource':
      slot.sources = slot.sources.filter((s) => s.target !== change.target);
      return slot;
    case 'setVerdict':
      if (change.verdict === undefined) {
        delete slot.verdict;
        delete slot.judged;
      } else {
        slot.verdict = change.verdict;
        judgeNow(slot, context, change.evidence);
      }
      return slot;
    case 'confirm':
      judgeNow(slot, context, change.evidence);
      return slot;
    case 'setNote': {
      const note = change.note?.trim();
      if (note) slot.note = note;
      else delete slot.note;
      return slot;
    }
    case 'dismiss':
      slot.dismissed = true;
      return slot;
    case 'reopen':
      if (slot.dismissed) delete slot.dismissed;
      else {
        delete slot.verdict;
        delete slot.judged;
      }
      return slot;
    case 'reattach':
      slot.anchor = anchorAt(context.text, change.range);
      return slot;
    case 'keepCopy':
      slot.sources = slot.sources.map((source) => (source.kind === 'url' && source.target === change.target ? { ...source, archive: change.archive } : source));
      return slot;
    case 'delete':
      return slot;
  }
}

/** A verdict given or confirmed now is on the claim's words and the slot's files as they are now. */
function judgeNow(slot: SourceSlot, context: EditContext, evidence: EvidenceByTarget | undefined): void {
  slot.judged = judgedNow(context.text, slot, context.now, context.creator);
  if (!evidence) return;
  slot.sources = slot.sources.map((source) => {
    const now = source.kind === 'file' ? evidence.get(source.target) : undefined;
    return now ? { ...source, evidence: now } : source;
  });
}

function changeProblem(change: SlotChange, text: string): string | undefined {
  switch (change.type) {
    case 'addSource':
      return sourceRefProblem(change.source);
    case 'confirm':
      return evidenceProblem(change.evidence);
    case 'keepCopy':
      return typeof change.target !== 'string' ? 'A kept copy needs the web address it belongs to' : webArchiveProblem(change.archive);
    case 'setVerdict':
      if (evidenceProblem(change.evidence)) return evidenceProblem(change.evidence);
      return change.verdict === undefined || VERDICTS.includes(change.verdict) ? undefined : `Unknown verdict ${JSON.stringify(change.verdict)}; expected one of ${VERDICTS.join(', ')}`;
    case 'setNote':
      if (change.note !== undefined && typeof change.note !== 'string') return 'The note must be text';
      return change.note !== undefined && change.note.length > MAX_NOTE ? `The note is longer than ${MAX_NOTE} characters` : undefined;
    case 'reattach':
      return isClaimRange(text, change.range) ? undefined : 'Re-attach needs a non-empty range inside the article';
    default:
      return undefined;
  }
}

function evidenceProblem(evidence: EvidenceByTarget | undefined): string | undefined {
  if (evidence === undefined) return undefined;
  if (!(evidence instanceof Map)) return 'File fingerprints must come as a map by source';
  for (const fingerprint of evidence.values()) {
    const problem = fileEvidenceProblem(fingerprint);
    if (problem) return problem;
  }
  return undefined;
}

/** A range a claim can stand on: whole offsets, not empty, inside the text. */
function isClaimRange(text: string, range: Span): boolean {
  return Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && range.start >= 0 && range.start < range.end && range.end <= text.length;
}
