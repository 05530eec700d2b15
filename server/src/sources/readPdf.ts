// PDF sources through pdfjs-dist (its legacy build, which runs in Node without a browser): the
// text of each page, a line break where the PDF ends a line, and where each page starts. pdf.js
// is loaded on first use, so a server that never reads a PDF never pays for it.
import type { SourceDocument } from '../sourceCheck/sourceIndex';
import { loadReader } from './loadReader';
import { SourceReadError } from './readError';

/** Called after each page with how many are done, for progress on long documents. */
export type PageProgress = (done: number, total: number) => void;

/** More pages than any source a checker attaches (a 300-page complaint is long). */
const MAX_PAGES = 5000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/** pdf.js, with its worker code run in this thread (pdf.js's own "fake worker" for Node). */
function pdfjs(): Promise<PdfJs> {
  loading ??= loadReader('PDF', async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  // A failed load is not kept: the next source tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function readPdf(bytes: Uint8Array, onPage?: PageProgress): Promise<SourceDocument> {
  const lib = await pdfjs();
  const task = lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: lib.VerbosityLevel.ERRORS, stopAtErrors: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new SourceReadError('is encrypted (password-protected); save an unprotected copy to check against it');
    throw new SourceReadError(`is not a readable PDF (${(error as Error).message})`);
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw new SourceReadError(`has ${pdf.numPages} pages, more than the ${MAX_PAGES} a source may have`);
    let text = '';
    const pageStarts: number[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      if (number > 1) text += '\n\n';
      pageStarts.push(text.length);
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
    return { text, pageStarts };
  } finally {
    await task.destroy();
  }
}
