// Source documents read once and kept while they do not change: each file by its path, checked
// against its size and modification time on every use, its text indexed once per content (by
// SHA-256), and each question's answer kept per content. Used in the checks' worker thread (the
// editor) and in the CLI's own thread.
import { stat } from 'node:fs/promises';
import { SourceIndex } from '../sourceCheck/sourceIndex';
import type { SourceCheck } from '../sourceCheck/sourceCheck';
import { answerQuery, type CheckQuery } from './checkQuery';
import type { PageProgress } from './readPdf';
import { readSourceFile } from './readSource';
import type { SourceFormat } from './sourceFormat';

interface ReadEntry {
  stamp: string;
  read: Promise<{ sha256: string; format: SourceFormat; index: SourceIndex }>;
}

export interface SourceAnswers {
  sha256: string;
  format: SourceFormat;
  /** One per query, in order. */
  answers: (SourceCheck | null)[];
}

/** How many documents' indexes are kept; the least recently used go first. */
const KEPT = 16;

export class SourceLibrary {
  private readonly files = new Map<string, ReadEntry>();
  private readonly answers = new Map<string, Map<string, SourceCheck | null>>();

  /** Answers the queries from the file at `path`; rejects with a SourceReadError when it cannot be read. */
  async check(path: string, queries: CheckQuery[], onPage?: PageProgress): Promise<SourceAnswers> {
    const { sha256, format, index } = await this.read(path, onPage);
    let known = this.answers.get(sha256);
    if (!known) this.answers.set(sha256, (known = new Map()));
    const answers = queries.map((query) => {
      if (!known.has(query.key)) known.set(query.key, answerQuery(query, index));
      return known.get(query.key)!;
    });
    return { sha256, format, answers };
  }

  private async read(path: string, onPage?: PageProgress) {
    const info = await stat(path).catch(() => undefined);
    const stamp = info ? `${info.mtimeMs}:${info.size}` : 'missing';
    let entry = this.files.get(path);
    if (!entry || entry.stamp !== stamp) {
      const read = readSourceFile(path, onPage).then((source) => ({ sha256: source.sha256, format: source.format, index: this.indexFor(source) }));
      // A failed read is not kept: the next use tries again.
      read.catch(() => {
        if (this.files.get(path)?.read === read) this.files.delete(path);
      });
      entry = { stamp, read };
      this.files.set(path, entry);
      this.trim();
    } else {
      // Most recently used last.
      this.files.delete(path);
      this.files.set(path, entry);
    }
    return entry.read;
  }

  private readonly indexes = new Map<string, SourceIndex>();

  /** One index per content: two paths to the same bytes (a kept copy and its original) share it. */
  private indexFor(source: { sha256: string } & ConstructorParameters<typeof SourceIndex>[0]): SourceIndex {
    let index = this.indexes.get(source.sha256);
    if (!index) this.indexes.set(source.sha256, (index = new SourceIndex(source)));
    return index;
  }

  private trim(): void {
    while (this.files.size > KEPT) {
      const oldest = this.files.keys().next().value!;
      this.files.delete(oldest);
    }
    for (const sha of this.indexes.keys()) {
      if (this.indexes.size <= KEPT) break;
      this.indexes.delete(sha);
      this.answers.delete(sha);
    }
  }
}
