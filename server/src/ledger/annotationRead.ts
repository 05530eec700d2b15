// Reads one W3C Web Annotation from a sidecar back into a source slot. The file is untrusted:
// every field is checked and each fault is reported with the field's path, never thrown.
// Unknown keys of the annotation are kept (slot.extra) and written back; an unknown body purpose
// is a fault, because rewriting the file would drop it.
import { FINDING_KINDS, type FindingKind } from '../analysis/finding';
import { VERDICTS, type Anchor, type FileEvidence, type JudgedWords, type WebArchive, type SourceRef, type SourceSlot, type Verdict } from './slot';
import { ANNOTATION_CONTEXT, DISMISSED_TAG, URN_UUID } from './sidecarFormat';
import { fileEvidenceProblem, sourceRefProblem } from './sourceRef';
import { webArchiveProblem } from './webArchive';

export interface FieldProblem {
  /** Where in the annotation, e.g. `target.selector[1].start`. */
  field: string;
  message: string;
}

export type AnnotationRead = { ok: true; slot: SourceSlot } | { ok: false; problems: FieldProblem[] };

type Json = Record<string, unknown>;

const SLOT_ID = /^[0-9A-Za-z-]{1,64}$/;

/** The annotation keys this extension reads and writes; any other is kept as read. */
export const ANNOTATION_KEYS: readonly string[] = ['@context', 'id', 'type', 'motivation', 'creator', 'created', 'modified', 'target', 'body'];

/** The keys of `record` not in `known`, with their values; undefined when there are none. */
export function unknownKeys(record: Json, known: readonly string[]): Record<string, unknown> | undefined {
  const extra = Object.entries(record).filter(([key]) => !known.includes(key));
  return extra.length > 0 ? Object.fromEntries(extra) : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export function readAnnotation(value: unknown): AnnotationRead {
  const problems: FieldProblem[] = [];
  const fault = (field: string, message: string): undefined => {
    problems.push({ field, message });
    return undefined;
  };
  if (!isObject(value)) return { ok: false, problems: [{ field: '', message: `an annotation must be an object, found ${describe(value)}` }] };

  const string = (holder: Json, key: string, field: string, optional = false): string | undefined => {
    const found = holder[key];
    if (found === undefined && optional) return undefined;
    if (typeof found !== 'string') return fault(field, `must be text, found ${describe(found)}`);
    return found;
  };
  const date = (key: 'created' | 'modified'): string | undefined => {
    const found = string(value, key, key);
    if (found !== undefined && Number.isNaN(Date.parse(found))) return fault(key, `${JSON.stringify(found)} is not an ISO 8601 date-time`);
    return found;
  };

  const context = value['@context'];
  if (context !== ANNOTATION_CONTEXT && !(Array.isArray(context) && context.includes(ANNOTATION_CONTEXT))) {
    fault('@context', `must be "${ANNOTATION_CONTEXT}", found ${describe(context)}`);
  }
  if (value.type !== 'Annotation') fault('type', `must be "Annotation", found ${describe(value.type)}`);
  const id = readId(value.id, fault);
  const creator = readCreator(value.creator, fault);
  const created = date('created');
  const modified = date('modified');
  const anchor = readTarget(value.target, fault, string);
  const bodies = readBodies(value.body, fault);

  if (problems.length > 0 || id === undefined || anchor === undefined || bodies === undefined || created === undefined || modified === undefined) {
    return { ok: false, problems };
  }
  const slot: SourceSlot = { id, kind: bodies.kind, anchor, sources: bodies.sources, created, modified };
  if (bodies.verdict !== undefined) {
    slot.verdict = bodies.verdict;
    // Written before judged words were recorded: the words the sidecar last anchored are taken as
    // the ones judged (saved with the next write), so a later change to them still shows as stale.
    slot.judged = bodies.judged ?? { exact: anchor.exact };
  }
  if (bodies.note !== undefined) slot.note = bodies.note;
  if (bodies.dismissed) slot.dismissed = true;
  if (creator !== undefined) slot.creator = creator;
  const extra = unknownKeys(value, ANNOTATION_KEYS);
  if (extra) slot.extra = extra;
  return { ok: true, slot };
}

type Fault = (field: string, message: string) => undefined;

function readId(id: unknown, fault: Fault): string | undefined {
  if (typeof id !== 'string' || !id.startsWith(URN_UUID)) return fault('id', `must be "${URN_UUID}<uuid>", found ${describe(id)}`);
  const bare = id.slice(URN_UUID.length);
  if (!SLOT_ID.test(bare)) return fault('id', `${JSON.stringify(id)} is not a urn:uuid`);
  return bare;
}

function readCreator(creator: unknown, fault: Fault): string | undefined {
  if (creator === undefined) return undefined;
  if (typeof creator === 'string') return creator;
  if (isObject(creator) && typeof creator.name === 'string') return creator.name;
  return fault('creator', `must be text or {"type": "Person", "name": ...}, found ${describe(creator)}`);
}

function readTarget(target: unknown, fault: Fault, string: (holder: Json, key: string, field: string, optional?: boolean) => string | undefined): Anchor | undefined {
  if (!isObject(target)) return fault('target', `must be an object, found ${describe(target)}`);
  string(target, 'source', 'target.source');
  const selectors = target.selector;
  if (!Array.isArray(selectors)) return fault('target.selector', `must be a list of selectors, found ${describe(selectors)}`);
  let quote: Pick<Anchor, 'exact' | 'prefix' | 'suffix'> | undefined;
  let position: Pick<Anchor, 'start' | 'end'> | undefined;
  const seen = new Set<unknown>();
  selectors.forEach((selector, i) => {
    const field = `target.selector[${i}]`;
    if (!isObject(selector)) return fault(field, `must be an object, found ${describe(selector)}`);
    seen.add(selector.type);
    if (selector.type === 'TextQuoteSelector') {
      const exact = string(selector, 'exact', `${field}.exact`);
      const prefix = string(selector, 'prefix', `${field}.prefix`, true) ?? '';
      const suffix = string(selector, 'suffix', `${field}.suffix`, true) ?? '';
      if (exact !== undefined && exact.length === 0) fault(`${field}.exact`, 'must not be empty');
      if (exact) quote = { exact, prefix, suffix };
    } else if (selector.type === 'TextPositionSelector') {
      const start = offset(selector.start, `${field}.start`, fault);
      const end = offset(selector.end, `${field}.end`, fault);
      if (start !== undefined && end !== undefined) {
        if (end < start) fault(`${field}.end`, `end ${end} is before start ${start}`);
        else position = { start, end };
      }
    }
    return undefined;
  });
  if (!seen.has('TextQuoteSelector')) fault('target.selector', 'needs a TextQuoteSelector with a non-empty "exact"');
  if (!seen.has('TextPositionSelector')) fault('target.selector', 'needs a TextPositionSelector with "start" and "end"');
  return quote && position ? { ...quote, ...position } : undefined;
}

function offset(value: unknown, field: string, fault: Fault): number | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return fault(field, `must be a whole number >= 0, found ${describe(value)}`);
  return value;
}

interface Bodies {
  kind: FindingKind;
  verdict?: Verdict;
  judged?: JudgedWords;
  note?: string;
  dismissed: boolean;
  sources: SourceRef[];
}

function readBodies(body: unknown, fault: Fault): Bodies | undefined {
  const list = Array.isArray(body) ? body : body === undefined ? undefined : [body];
  if (!list) return fault('body', 'missing: needs at least the "classifying" body that names the finding kind');
  const kinds: FindingKind[] = [];
  const result: Omit<Bodies, 'kind'> = { dismissed: false, sources: [] };
  list.forEach((item, i) => {
    const field = `body[${i}]`;
    if (!isObject(item)) return fault(field, `must be an object, found ${describe(item)}`);
    const value = item.value;
    switch (item.purpose) {
      case 'classifying':
        if (!FINDING_KINDS.includes(value as FindingKind)) return fault(`${field}.value`, `unknown finding kind ${describe(value)}; expected one of ${FINDING_KINDS.join(', ')}`);
        kinds.push(value as FindingKind);
        return undefined;
      case 'assessing':
        if (!VERDICTS.includes(value as Verdict)) return fault(`${field}.value`, `unknown verdict ${describe(value)}; expected one of ${VERDICTS.join(', ')}`);
        if (result.verdict !== undefined) return fault(field, 'a second verdict ("assessing" body); keep one');
        result.verdict = value as Verdict;
        result.judged = readJudged(item, field, fault);
        return undefined;
      case 'commenting':
        if (typeof value !== 'string') return fault(`${field}.value`, `note must be text, found ${describe(value)}`);
        if (result.note !== undefined) return fault(field, 'a second note ("commenting" body); keep one');
        result.note = value;
        return undefined;
      case 'tagging':
        if (value !== DISMISSED_TAG) return fault(`${field}.value`, `unknown tag ${describe(value)}; the only tag is "${DISMISSED_TAG}"`);
        result.dismissed = true;
        return undefined;
      case 'linking': {
        const source = readSource(item, field, fault);
        if (source) result.sources.push(source);
        return undefined;
      }
      default:
        return fault(`${field}.purpose`, `unknown purpose ${describe(item.purpose)}; expected classifying, assessing, commenting, tagging or linking`);
    }
  });
  if (kinds.length !== 1) return fault('body', `needs exactly one "classifying" body naming the finding kind, found ${kinds.length}`);
  return { ...result, kind: kinds[0] };
}

/** The words a verdict was given on, and who gave it when, from its "assessing" body. */
function readJudged(item: Json, field: string, fault: Fault): JudgedWords | undefined {
  if (item.judgedText === undefined) return undefined;
  if (typeof item.judgedText !== 'string' || item.judgedText.length === 0) return fault(`${field}.judgedText`, `must be the claim's words, found ${describe(item.judgedText)}`);
  const judged: JudgedWords = { exact: item.judgedText };
  const by = readCreator(item.creator, (_, message) => fault(`${field}.creator`, message));
  if (by !== undefined) judged.by = by;
  if (item.created !== undefined) {
    if (typeof item.created !== 'string' || Number.isNaN(Date.parse(item.created))) return fault(`${field}.created`, `must be an ISO 8601 date-time, found ${describe(item.created)}`);
    judged.at = item.created;
  }
  return judged;
}

/** The stored shape back into a WebArchive; checked by webArchiveProblem. */
function readArchive(archive: unknown, cached: unknown): WebArchive | undefined {
  if (!isObject(archive)) return undefined;
  const retrieved = archive.retrieved as string;
  const status = archive.status as number | undefined;
  if (archive.error !== undefined) return { error: archive.error as string, retrieved, ...(status !== undefined ? { status } : {}) };
  return { cached: cached as string, sha256: archive.sha256 as string, retrieved, status: status as number, contentType: archive.contentType as string };
}

function readSource(item: Json, field: string, fault: Fault): SourceRef | undefined {
  if (typeof item.source !== 'string') return fault(`${field}.source`, `must be a web address or file path, found ${describe(item.source)}`);
  const kind = item.sourceKind ?? (/^https?:/i.test(item.source) ? 'url' : 'file');
  if (kind !== 'url' && kind !== 'file') return fault(`${field}.sourceKind`, `must be "url" or "file", found ${describe(kind)}`);
  const source: SourceRef = { kind, target: item.source };
  if (item.title !== undefined) {
    if (typeof item.title !== 'string') return fault(`${field}.title`, `must be text, found ${describe(item.title)}`);
    source.title = item.title;
  }
  if (item.selector !== undefined) {
    if (!isObject(item.selector) || typeof item.selector.exact !== 'string') return fault(`${field}.selector`, 'the excerpt must be {"type": "TextQuoteSelector", "exact": ...}');
    source.excerpt = item.selector.exact;
  }
  if (item.state !== undefined) {
    if (!isObject(item.state) || typeof item.state.sourceDate !== 'string') return fault(`${field}.state`, 'when accessed must be {"type": "TimeState", "sourceDate": ...}');
    source.accessed = item.state.sourceDate;
  }
  if (item.archive !== undefined) {
    const archive = readArchive(item.archive, isObject(item.state) ? item.state.cached : undefined);
    const archiveProblem = kind !== 'url' ? 'only a web source has a kept copy' : archive ? webArchiveProblem(archive) : 'a kept copy must be an object';
    if (archiveProblem || !archive) return fault(`${field}.archive`, archiveProblem ?? 'unreadable');
    source.archive = archive;
  }
  if (item.evidence !== undefined) {
    const evidence = item.evidence as FileEvidence;
    const evidenceProblem = kind === 'file' ? fileEvidenceProblem(evidence) : 'only a workspace file has a fingerprint';
    if (evidenceProblem) return fault(`${field}.evidence`, evidenceProblem);
    source.evidence = { sha256: evidence.sha256, size: evidence.size, modified: evidence.modified };
  }
  const problem = sourceRefProblem(source);
  if (problem) return fault(`${field}.source`, problem);
  return source;
}
