// Reads a sidecar's text. Never throws: a file that cannot be read comes back as problems, each
// saying what is wrong and where (line and column, and for an annotation which one and which
// field), so the server can show it and refuse to overwrite the file.
import { readAnnotation, unknownKeys } from './annotationRead';
import { findJsonSyntaxError } from '../position/jsonSyntaxError';
import { mergeSlotLists } from './merge';
import { SIDECAR_KEYS, SIDECAR_VERSION, type SidecarLayout } from './sidecarFormat';
import type { SourceSlot } from './slot';
import { faultAt, type TextPosition } from '../position/textPosition';

export interface SidecarProblem extends TextPosition {
  message: string;
}

export interface Sidecar {
  version: number;
  article: string;
  slots: SourceSlot[];
  /** Unknown keys and a byte order mark, kept for the next write. */
  layout: SidecarLayout;
}

export type SidecarParse = { ok: true; sidecar: Sidecar } | { ok: false; problems: SidecarProblem[] };

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

export function parseSidecar(text: string): SidecarParse {
  const problem = (offset: number, message: string): SidecarProblem => faultAt(text, offset, message);
  const fail = (offset: number, message: string): SidecarParse => ({ ok: false, problems: [problem(offset, message)] });

  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) return fail(conflict.index, 'Unresolved git merge conflict: remove the conflict markers (<<<<<<<, =======, >>>>>>>) and keep the annotations of both sides');

  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const syntax = findJsonSyntaxError(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    return fail(syntax?.offset ?? 0, `Not valid JSON: ${syntax?.message ?? 'unreadable'}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return fail(0, 'The sidecar must be a JSON object with "version", "article" and "annotations"');
  const record = document as Record<string, unknown>;

  const keyOffset = (key: string): number => Math.max(0, text.indexOf(`"${key}"`));
  const version = record.version;
  if (version === undefined) return fail(0, `Missing "version"; this extension reads version ${SIDECAR_VERSION}`);
  if (version !== SIDECAR_VERSION) {
    const newer = typeof version === 'number' && version > SIDECAR_VERSION ? ': it was written by a newer version of the extension; update it' : '';
    return fail(keyOffset('version'), `Unknown sidecar version ${JSON.stringify(version)}; this extension reads version ${SIDECAR_VERSION}${newer}`);
  }
  const problems: SidecarProblem[] = [];
  if (typeof record.article !== 'string') problems.push(problem(keyOffset('article'), '"article" must be the article\'s file name'));
  const annotations = record.annotations;
  if (!Array.isArray(annotations)) return { ok: false, problems: [...problems, problem(keyOffset('annotations'), '"annotations" must be a list')] };

  const slots: SourceSlot[] = [];
  annotations.forEach((annotation, i) => {
    const read = readAnnotation(annotation);
    if (read.ok) {
      slots.push(read.slot);
      return;
    }
    const id = (annotation as { id?: unknown } | null)?.id;
    const named = typeof id === 'string' ? ` (${id})` : '';
    const at = typeof id === 'string' && text.includes(JSON.stringify(id)) ? text.indexOf(JSON.stringify(id)) : keyOffset('annotations');
    for (const fault of read.problems) {
      const field = fault.field ? `, field "${fault.field}"` : '';
      problems.push(problem(at, `Annotation ${i + 1}${named}${field}: ${fault.message}`));
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  // Two entries with one id come from a hand-resolved merge: keep both sides' work in one slot.
  const extra = unknownKeys(record, SIDECAR_KEYS);
  const layout: SidecarLayout = { ...(extra ? { extra } : {}), ...(text.charCodeAt(0) === 0xfeff ? { bom: true } : {}) };
  return { ok: true, sidecar: { version, article: record.article as string, slots: mergeSlotLists(slots), layout } };
}
