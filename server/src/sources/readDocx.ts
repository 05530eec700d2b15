// Word (DOCX) sources through mammoth: the document's raw text, one paragraph after another.
// mammoth is loaded on first use, so a run that reads no Word document never pays for it.
import type { SourceDocument } from '../sourceCheck/sourceIndex';
import { loadReader } from './loadReader';
import { SourceReadError } from './readError';

export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const { default: mammoth } = await loadReader('Word', () => import('mammoth'));
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: value };
  } catch (error) {
    throw new SourceReadError(`is not a readable Word document (${(error as Error).message})`);
  }
}
