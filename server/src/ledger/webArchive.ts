// A web source's kept copy as the ledger stores it. The copy's path comes back from an untrusted
// sidecar and is shown as a link, so it must be exactly what keeping a copy writes: a path up to
// the workspace folder's `.factcheck/sources/` and a SHA-256 file name, nothing else.
import type { WebArchive } from './slot';

/** The kept copy's path from the article's folder: `../` steps, then `.factcheck/sources/<sha256>.<ext>`. */
const CACHED_PATH = /^(?:\.\.\/){0,32}\.factcheck\/sources\/([0-9a-f]{64})\.[a-z0-9]{1,10}$/;
const MAX_TEXT = 500;

/** Why `archive` cannot be stored, or undefined when it is fine. */
export function webArchiveProblem(archive: WebArchive): string | undefined {
  if (typeof archive !== 'object' || archive === null) return 'a kept copy must be an object';
  if (typeof archive.retrieved !== 'string' || Number.isNaN(Date.parse(archive.retrieved))) return "a kept copy's retrieval time must be an ISO 8601 date-time";
  if (archive.status !== undefined && !(Number.isSafeInteger(archive.status) && archive.status >= 100 && archive.status <= 599)) return "a kept copy's HTTP status must be a number from 100 to 599";
  if ('error' in archive) return typeof archive.error === 'string' && archive.error.length <= MAX_TEXT ? undefined : 'a failed copy needs its reason as text';
  const path = typeof archive.cached === 'string' ? CACHED_PATH.exec(archive.cached) : null;
  if (!path) return 'a kept copy must be a file .factcheck/sources/<sha256>.<ext> of the workspace';
  if (archive.sha256 !== path[1]) return "a kept copy's sha256 must be the one in its file name";
  if (typeof archive.contentType !== 'string' || archive.contentType.length > MAX_TEXT || hasControlCode(archive.contentType)) return "a kept copy's content type must be plain text";
  return undefined;
}

export function archiveFailed(archive: WebArchive | undefined): archive is Extract<WebArchive, { error: string }> {
  return archive !== undefined && 'error' in archive;
}

function hasControlCode(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
