// Reads the evaluation corpora (JSONL, format in the corpus README): one document a line.
import { readFileSync } from 'node:fs';
import { fnv1a } from '../../server/src/analysis/engine/findingId';

export interface CorpusSpan {
  start: number;
  end: number;
  kind: string;
}

export interface CorpusRelation {
  id: string;
  source: [number, number][];
  cue: [number, number][];
  content: [number, number][];
  no_source: boolean;
  direct_quote: boolean;
}

export interface CorpusSentence {
  start: number;
  end: number;
  uncertain?: boolean;
  [key: string]: unknown;
}

export interface CorpusDocument {
  id: string;
  text: string;
  spans: CorpusSpan[];
  relations?: CorpusRelation[];
  sentences?: CorpusSentence[];
  [key: string]: unknown;
}

export function readCorpus(path: string): CorpusDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusDocument);
}

/** The held-out part of a corpus: ids whose FNV-1a hash % 5 == 0, never read by the training scripts. */
export function isHeldOut(document: { id: string }): boolean {
  return fnv1a(document.id) % 5 === 0;
}
