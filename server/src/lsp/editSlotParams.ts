// The editSlot command's argument arrives as JSON from whatever the client is (or a settings value
// it passed on unchecked): every field is checked here, type and size, before anything reaches the
// ledger, so nothing the server's own sidecar parser would reject is ever written.
import { MAX_NOTE } from '../ledger/edit';
import { hasControlCharacter, MAX_EXCERPT, MAX_TITLE, urlProblem } from '../ledger/sourceRef';
import { VERDICTS, type EditSlotParams } from '../protocol';

export const MAX_CREATOR = 200;
/** A dismissal's reason joins the note, so it must leave room in it. */
const MAX_REASON = 2000;
const MAX_ID = 200;
const MAX_URI = 8192;
/** A file source before it is made relative: an absolute path or a file: URI. */
const MAX_FILE_TARGET = 4096;

export type CheckedEditSlot = { ok: true; params: EditSlotParams } | { ok: false; message: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as EditSlotParams, or why it cannot be one. */
export function checkEditSlotParams(value: unknown): CheckedEditSlot {
  const fail = (message: string): CheckedEditSlot => ({ ok: false, message });
  if (!isObject(value)) return fail('editSlot needs { uri, findingId or slotId, edit }');
  if (typeof value.uri !== 'string' || value.uri.length === 0 || value.uri.length > MAX_URI) return fail('editSlot needs the article\'s "uri"');
  for (const key of ['findingId', 'slotId'] as const) {
    const id = value[key];
    if (id !== undefined && (typeof id !== 'string' || id.length > MAX_ID)) return fail(`"${key}" must be an id`);
  }
  if (value.findingId === undefined && value.slotId === undefined) return fail('editSlot needs a "findingId" or a "slotId"');
  const creator = value.creator;
  if (creator !== undefined) {
    if (typeof creator !== 'string') return fail('"creator" must be text (the checker\'s name); check the factcheck.checker setting');
    if (creator.length > MAX_CREATOR) return fail(`"creator" is longer than ${MAX_CREATOR} characters`);
    if (hasControlCharacter(creator)) return fail('"creator" contains a control character');
  }
  const problem = editProblem(value.edit);
  return problem ? fail(problem) : { ok: true, params: value as unknown as EditSlotParams };
}

function editProblem(edit: unknown): string | undefined {
  if (!isObject(edit)) return 'editSlot needs an "edit"';
  switch (edit.type) {
    case 'addSource':
      return sourceProblem(edit.source);
    case 'setVerdict':
      return edit.verdict === undefined || VERDICTS.includes(edit.verdict as (typeof VERDICTS)[number]) ? undefined : `Unknown verdict ${JSON.stringify(edit.verdict)}; expected one of ${VERDICTS.join(', ')}`;
    case 'setNote':
      if (edit.note !== undefined && typeof edit.note !== 'string') return 'The note must be text';
      return typeof edit.note === 'string' && edit.note.length > MAX_NOTE ? `The note is longer than ${MAX_NOTE} characters` : undefined;
    case 'reattach':
      return typeof edit.findingId === 'string' && edit.findingId.length <= MAX_ID ? undefined : 'Re-attach needs the "findingId" of the claim to move to';
    case 'dismiss':
      if (edit.reason !== undefined && typeof edit.reason !== 'string') return 'The reason must be text';
      return typeof edit.reason === 'string' && edit.reason.length > MAX_REASON ? `The reason is longer than ${MAX_REASON} characters` : undefined;
    case 'removeSource':
      return typeof edit.target === 'string' && edit.target.length <= MAX_FILE_TARGET + MAX_URI ? undefined : 'Removing a source needs its "target"';
    case 'confirm':
    case 'reopen':
    case 'delete':
      return undefined;
    default:
      return `Unknown slot edit ${JSON.stringify(edit.type ?? null)}`;
  }
}

function sourceProblem(source: unknown): string | undefined {
  if (!isObject(source) || typeof source.target !== 'string') return 'A source needs a target: a web address or a file.';
  if (source.title !== undefined && (typeof source.title !== 'string' || source.title.length > MAX_TITLE)) return `A source's title must be text of at most ${MAX_TITLE} characters`;
  if (source.excerpt !== undefined && (typeof source.excerpt !== 'string' || source.excerpt.length > MAX_EXCERPT)) return `A source's excerpt must be text of at most ${MAX_EXCERPT} characters`;
  if (source.kind === 'url') return urlProblem(source.target);
  if (source.kind !== 'file') return `A source's kind must be "url" or "file", not ${JSON.stringify(source.kind ?? null)}`;
  if (source.target.length > MAX_FILE_TARGET || hasControlCharacter(source.target)) return 'The file path is too long or contains a control character';
  return undefined;
}
