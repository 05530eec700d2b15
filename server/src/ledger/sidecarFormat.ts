// Writes the sidecar: one W3C Web Annotation per filled slot, keys in a fixed order, annotations
// sorted by where their claim sits, two-space indent and a final newline, so that `git diff` and
// merges show one slot per hunk.
import type { SourceRef, SourceSlot, WebArchive } from './slot';

export const SIDECAR_VERSION = 1;
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const URN_UUID = 'urn:uuid:';
/** The tag body that marks a slot "dismissed: not a claim". */
export const DISMISSED_TAG = 'dismissed';

const SIDECAR_SUFFIX = '.factcheck.json';

/** `<article>.factcheck.json`, beside the article. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/**
 * The article a sidecar belongs to, for a file watcher; undefined for anything else. A workspace
 * folder's own `.factcheck.json` is the project file, not a sidecar (no article name before it).
 */
export function articlePathForSidecar(sidecarPath: string): string | undefined {
  if (!sidecarPath.endsWith(SIDECAR_SUFFIX)) return undefined;
  const articlePath = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  return /[^/\\]$/.test(articlePath) ? articlePath : undefined;
}

/** A slot nobody has filled in is never written. */
export function isEmptySlot(slot: SourceSlot): boolean {
  return slot.sources.length === 0 && slot.verdict === undefined && !slot.note && !slot.dismissed;
}

function compareSlots(a: SourceSlot, b: SourceSlot): number {
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The sidecar's own keys; any other (another tool's) is kept as read. */
export const SIDECAR_KEYS: readonly string[] = ['version', 'article', 'annotations'];

/** How the file read was laid out beyond its slots, so a rewrite keeps it. */
export interface SidecarLayout {
  /** The sidecar's keys this extension does not know, written back after its own. */
  extra?: Record<string, unknown>;
  /** The file began with a byte order mark. */
  bom?: boolean;
}

/**
 * The whole sidecar text. `article` is the article's path relative to the sidecar (its file name);
 * `layout` what the file read held besides its slots.
 */
export function formatSidecar(article: string, slots: readonly SourceSlot[], layout: SidecarLayout = {}): string {
  const annotations = slots.filter((slot) => !isEmptySlot(slot)).sort(compareSlots).map((slot) => toAnnotation(slot, article));
  return `${layout.bom ? '\ufeff' : ''}${JSON.stringify({ version: SIDECAR_VERSION, article, annotations, ...layout.extra }, null, 2)}\n`;
}

function toAnnotation(slot: SourceSlot, article: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'classifying', value: slot.kind }];
  if (slot.verdict !== undefined) body.push(verdictBody(slot));
  if (slot.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: slot.note, format: 'text/plain' });
  if (slot.dismissed) body.push({ type: 'TextualBody', purpose: 'tagging', value: DISMISSED_TAG });
  body.push(...slot.sources.map(toSourceBody));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: URN_UUID + slot.id,
    type: 'Annotation',
    motivation: 'assessing',
    ...(slot.creator !== undefined ? { creator: { type: 'Person', name: slot.creator } } : {}),
    created: slot.created,
    modified: slot.modified,
    target: {
      source: article,
      selector: [
        { type: 'TextQuoteSelector', exact: slot.anchor.exact, prefix: slot.anchor.prefix, suffix: slot.anchor.suffix },
        { type: 'TextPositionSelector', start: slot.anchor.start, end: slot.anchor.end },
      ],
    },
    body,
    ...slot.extra,
  };
}

/**
 * The verdict, with the words it was given on (`judgedText`, our own term) and, as the W3C model
 * allows on a body, who gave or last confirmed it (`creator`) and when (`created`).
 */
function verdictBody(slot: SourceSlot): Record<string, unknown> {
  const judged = slot.judged;
  return {
    type: 'TextualBody',
    purpose: 'assessing',
    value: slot.verdict,
    ...(judged ? { judgedText: judged.exact } : {}),
    ...(judged?.by !== undefined ? { creator: { type: 'Person', name: judged.by } } : {}),
    ...(judged?.at !== undefined ? { created: judged.at } : {}),
  };
}

/**
 * A source as a SpecificResource: `source` the address or relative file path, `sourceKind` which
 * of the two (our own term), the excerpt as a TextQuoteSelector on the source, and when it was
 * consulted as a TimeState's `sourceDate`; a workspace file's fingerprint as `evidence` (our own term).
 */
function toSourceBody(source: SourceRef): Record<string, unknown> {
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: source.target,
    sourceKind: source.kind,
    ...(source.title !== undefined ? { title: source.title } : {}),
    ...(source.excerpt !== undefined ? { selector: { type: 'TextQuoteSelector', exact: source.excerpt } } : {}),
    ...timeState(source),
    ...(source.archive !== undefined ? { archive: archiveBody(source.archive) } : {}),
    ...(source.evidence !== undefined ? { evidence: { sha256: source.evidence.sha256, size: source.evidence.size, modified: source.evidence.modified } } : {}),
  };
}

/**
 * When the source was consulted (`sourceDate`) and, once a copy is kept, where (`cached`, the W3C
 * model's own term for a cached copy of the source).
 */
function timeState(source: SourceRef): Record<string, unknown> {
  const cached = source.archive && 'cached' in source.archive ? source.archive.cached : undefined;
  const sourceDate = source.accessed ?? source.archive?.retrieved;
  if (sourceDate === undefined) return {};
  return { state: { type: 'TimeState', sourceDate, ...(cached !== undefined ? { cached } : {}) } };
}

/** The kept copy's details beside `cached`, or why no copy could be kept (our own term). */
function archiveBody(archive: WebArchive): Record<string, unknown> {
  if ('error' in archive) return { error: archive.error, retrieved: archive.retrieved, ...(archive.status !== undefined ? { status: archive.status } : {}) };
  return { sha256: archive.sha256, retrieved: archive.retrieved, status: archive.status, contentType: archive.contentType };
}
