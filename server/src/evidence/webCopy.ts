// Keeps a copy of a web source in the workspace, content-addressed: the page's bytes under
// `.factcheck/sources/<sha256>.<ext>` (the same bytes from anywhere are kept once) and beside them
// `<sha256>.json` listing each retrieval (address, final address after redirects, time, HTTP
// status, content type). Returns what the slot records: the copy's path from the article's
// folder, or why no copy could be kept. Never throws.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../ledger/atomicWrite';
import type { WebArchive } from '../ledger/slot';
import { sha256Hex } from './sha256';
import { DEFAULT_FETCH_LIMITS, fetchForKeeping, type FetchLimits } from './webFetch';

export const SOURCES_FOLDER = path.join('.factcheck', 'sources');

const EXTENSIONS: Readonly<Record<string, string>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export interface WebCopyOptions {
  /** The workspace folder the copy is kept in (`<folder>/.factcheck/sources`). */
  workspaceFolder: string;
  /** The article whose slot links the copy: `cached` is relative to its folder. */
  articlePath: string;
  now?: () => Date;
  limits?: FetchLimits;
}

interface Retrieval {
  url: string;
  finalUrl: string;
  retrieved: string;
  status: number;
  contentType: string;
}

export async function keepWebCopy(url: string, options: WebCopyOptions): Promise<WebArchive> {
  const retrieved = (options.now?.() ?? new Date()).toISOString();
  const fetched = await fetchForKeeping(url, options.limits ?? DEFAULT_FETCH_LIMITS);
  if (!fetched.ok) return { error: fetched.error, retrieved, ...(fetched.status !== undefined ? { status: fetched.status } : {}) };
  const sha256 = sha256Hex(fetched.body);
  const mediaType = fetched.contentType.split(';')[0].trim().toLowerCase();
  const folder = path.join(options.workspaceFolder, SOURCES_FOLDER);
  const file = path.join(folder, `${sha256}.${EXTENSIONS[mediaType] ?? 'bin'}`);
  try {
    await fs.mkdir(folder, { recursive: true });
    if (!(await exists(file))) await writeFileAtomic(file, fetched.body);
    await recordRetrieval(path.join(folder, `${sha256}.json`), sha256, fetched.body.length, { url, finalUrl: fetched.url, retrieved, status: fetched.status, contentType: fetched.contentType });
  } catch (error) {
    return { error: `could not write the copy: ${(error as Error).message}`, retrieved, status: fetched.status };
  }
  const cached = path.relative(path.dirname(options.articlePath), file).split(path.sep).join('/');
  return { cached, sha256, retrieved, status: fetched.status, contentType: mediaType.slice(0, 200) };
}

/** Adds this retrieval to the copy's record; a record that cannot be read is started again. */
async function recordRetrieval(file: string, sha256: string, size: number, retrieval: Retrieval): Promise<void> {
  let retrievals: Retrieval[] = [];
  try {
    const known = JSON.parse(await fs.readFile(file, 'utf8')) as { retrievals?: unknown };
    if (Array.isArray(known.retrievals)) retrievals = known.retrievals as Retrieval[];
  } catch {
    retrievals = [];
  }
  retrievals.push(retrieval);
  await writeFileAtomic(file, `${JSON.stringify({ sha256, size, retrievals }, null, 2)}\n`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
