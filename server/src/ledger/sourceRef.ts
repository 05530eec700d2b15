// Checks a source before it is stored or shown: a source is rendered as a link in hovers and
// reports, and a sidecar committed to git is as untrusted as the article. Only absolute http(s)
// addresses (parsed, with no white space or control character) and relative workspace paths are
// accepted, each field within a size a checker could have typed or pasted.
import type { FileEvidence, SourceRef } from './slot';
import { webArchiveProblem } from './webArchive';

/** Longest web address accepted: browsers and servers handle this much. */
export const MAX_URL = 2048;
export const MAX_FILE_PATH = 1024;
export const MAX_TITLE = 500;
export const MAX_EXCERPT = 10_000;

// Built from strings: the lint rule against control characters in regex literals cannot tell these are on purpose.
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';
/** White space, C0/C1 controls, bidi controls, zero-width marks and the BOM: none belongs in an address. */
const UNSAFE_IN_ADDRESS = new RegExp(`[\\s${CONTROLS}\\u200B-\\u200F\\uFEFF]`);
const CONTROL = new RegExp(`[${CONTROLS}]`);
const CONTROLS_ALL = new RegExp(`[${CONTROLS}]`, 'g');

/** Whether `text` holds a control character or a bidi control (never typed on purpose in a name or a path). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Why `source` cannot be stored, or undefined when it is fine. */
export function sourceRefProblem(source: SourceRef): string | undefined {
  if (typeof source.target !== 'string') return 'a source needs a web address or a file path';
  for (const key of ['title', 'excerpt', 'accessed'] as const) {
    if (source[key] !== undefined && typeof source[key] !== 'string') return `a source's ${key} must be text`;
  }
  if (source.title !== undefined && source.title.length > MAX_TITLE) return `a source's title is longer than ${MAX_TITLE} characters`;
  if (source.excerpt !== undefined && source.excerpt.length > MAX_EXCERPT) return `a source's excerpt is longer than ${MAX_EXCERPT} characters`;
  if (source.kind === 'url') return urlProblem(source.target) ?? (source.archive === undefined ? undefined : webArchiveProblem(source.archive));
  if (source.kind === 'file') return filePathProblem(source.target) ?? (source.evidence === undefined ? undefined : fileEvidenceProblem(source.evidence));
  return `unknown source kind ${JSON.stringify(source.kind)} (expected "url" or "file")`;
}

/** Why a file's fingerprint cannot be stored: a SHA-256 in hex, a size, a date-time. */
export function fileEvidenceProblem(evidence: FileEvidence): string | undefined {
  if (typeof evidence !== 'object' || evidence === null) return 'a file fingerprint must be {"sha256", "size", "modified"}';
  if (typeof evidence.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(evidence.sha256)) return 'a file fingerprint\'s sha256 must be 64 lower-case hex digits';
  if (!Number.isSafeInteger(evidence.size) || evidence.size < 0) return 'a file fingerprint\'s size must be a whole number >= 0';
  if (typeof evidence.modified !== 'string' || Number.isNaN(Date.parse(evidence.modified))) return 'a file fingerprint\'s modified must be an ISO 8601 date-time';
  return undefined;
}

/** Why `target` is not an acceptable web address, or undefined. */
export function urlProblem(target: string): string | undefined {
  if (target.length > MAX_URL) return `web address is longer than ${MAX_URL} characters`;
  if (UNSAFE_IN_ADDRESS.test(target)) return `web address ${quoted(target)} contains white space or a control character`;
  if (!/^https?:\/\//i.test(target)) return `web address must start with http:// or https://`;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `${quoted(target)} is not a web address`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `web address must start with http:// or https://, not ${url.protocol}`;
  if (url.username !== '' || url.password !== '') return 'web address must not carry a user name or password';
  return undefined;
}

function filePathProblem(target: string): string | undefined {
  if (target.trim() === '') return 'file path is empty';
  if (target.length > MAX_FILE_PATH) return `file path is longer than ${MAX_FILE_PATH} characters`;
  if (hasControlCharacter(target)) return 'file path contains a control character';
  if (/^([a-zA-Z]:)?[\\/]/.test(target) || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
    return `file path ${quoted(target)} must be relative to the article's folder`;
  }
  return undefined;
}

/** Quoted, short enough for a message, control characters written as escapes so the message reads as stored. */
function quoted(text: string): string {
  const short = JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
  return short.replace(CONTROLS_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
