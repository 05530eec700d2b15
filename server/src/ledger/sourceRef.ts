// Checks a source before it is stored or shown: a source is rendered as a link in hovers and
// reports, so only web addresses and plain relative workspace paths are accepted.
import type { FileEvidence, SourceRef } from './slot';

const MAX_TEXT = 100_000;

/** Why `source` cannot be stored, or undefined when it is fine. */
export function sourceRefProblem(source: SourceRef): string | undefined {
  if (typeof source.target !== 'string') return 'a source needs a web address or a file path';
  for (const key of ['title', 'excerpt', 'accessed'] as const) {
    if (source[key] !== undefined && typeof source[key] !== 'string') return `a source's ${key} must be text`;
  }
  if (source.kind === 'url') return urlProblem(source.target);
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

function urlProblem(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `${JSON.stringify(clip(target))} is not a web address`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `web address must start with http:// or https://, not ${url.protocol}`;
  return undefined;
}

function filePathProblem(target: string): string | undefined {
  if (target.trim() === '') return 'file path is empty';
  if (target.length > MAX_TEXT) return 'file path is too long';
  if (/[\0\r\n]/.test(target)) return 'file path contains a control character';
  if (/^([a-zA-Z]:)?[\\/]/.test(target) || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
    return `file path ${JSON.stringify(clip(target))} must be relative to the article's folder`;
  }
  return undefined;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
