// Reads an article file for the CLI, refusing what is not text with a reason a person can act on.
import { readFile } from 'node:fs/promises';
import { looksBinary } from './readability';

export type ArticleRead = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readArticle(path: string): Promise<ArticleRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    return { ok: false, error: `cannot read: ${reason}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: 'looks binary (contains NUL bytes); not analysed' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text; re-save it as UTF-8' };
  }
  if (looksBinary(text)) return { ok: false, error: 'looks binary (contains NUL characters); not analysed' };
  return { ok: true, text };
}
