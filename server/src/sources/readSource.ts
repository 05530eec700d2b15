// Reads a source document attached to a claim: its bytes, hashed (the cache key), then the
// reader its format needs. Anything that cannot be read is a SourceReadError saying why.
import { readFile, stat } from 'node:fs/promises';
import { sha256Hex } from '../evidence/sha256';
import type { SourceDocument } from '../sourceCheck/sourceIndex';
import { SourceReadError } from './readError';
import { readDocx } from './readDocx';
import { readHtml } from './readHtml';
import { readPdf, type PageProgress } from './readPdf';
import { sourceFormatOf, type SourceFormat } from './sourceFormat';
import { readMarkdown, readText } from './readText';

/** Bigger files are refused: no source a checker attaches is this large, and reading one would stall the checks. */
export const MAX_SOURCE_BYTES = 100 * 1024 * 1024;

export interface ReadSource extends SourceDocument {
  format: SourceFormat;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

export async function readSourceFile(path: string, onPage?: PageProgress): Promise<ReadSource> {
  const bytes = await readBytes(path);
  const format = sourceFormatOf(path);
  const sha256 = sha256Hex(bytes);
  return { ...(await readBytesAs(format, bytes, onPage)), format, sha256 };
}

export function readBytesAs(format: SourceFormat, bytes: Uint8Array, onPage?: PageProgress): Promise<SourceDocument> | SourceDocument {
  switch (format) {
    case 'pdf':
      return readPdf(bytes, onPage);
    case 'docx':
      return readDocx(bytes);
    case 'html':
      return readHtml(bytes);
    case 'markdown':
      return readMarkdown(bytes);
    case 'text':
      return readText(bytes);
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new SourceReadError('is a folder, not a file');
    if (info.size > MAX_SOURCE_BYTES) throw new SourceReadError(`is ${Math.round(info.size / 1024 / 1024)} MB, more than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB a source may be`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof SourceReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceReadError(code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${(error as Error).message})`);
  }
}
