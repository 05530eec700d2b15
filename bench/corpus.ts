// The texts the benchmark runs on: the article written for this project, grown to a word count by
// appending copies of it whose numbers and names differ and whose paragraph breaks fall after
// different sentences, so that paragraphs seldom repeat (a cache that recognised repeats would
// otherwise flatter the figures).
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentFormat } from '../server/src/analysis/prose/prose';

export interface BenchText {
  name: string;
  text: string;
  words: number;
  /** How the server and the engine read it: from the file's extension; the article is Markdown. */
  format: DocumentFormat;
}

const LANGUAGE_IDS: Record<DocumentFormat, string> = { plaintext: 'plaintext', markdown: 'markdown', html: 'html' };
const EXTENSIONS: Record<DocumentFormat, string> = { plaintext: 'txt', markdown: 'md', html: 'html' };

export function languageIdOf(text: BenchText): string {
  return LANGUAGE_IDS[text.format];
}

export function extensionOf(text: BenchText): string {
  return EXTENSIONS[text.format];
}

const NAMES: [string, string][] = [
  ['Herrera', 'Okafor'],
  ['Lindqvist', 'Moreau'],
  ['Calder', 'Haddad'],
  ['Osei', 'Kowalski'],
  ['Rahman', 'Ferreira'],
];

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export function readArticle(): string {
  return readFileSync(join(__dirname, 'article.md'), 'utf8');
}

/** A small seeded generator (mulberry32), so every run benchmarks the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article's k-th copy: numbers moved by k, other surnames on odd copies, sentences regrouped. */
function variant(article: string, copy: number): string[] {
  if (copy === 0) return article.split(/\n\n+/).map((paragraph) => paragraph.trim());
  let text = article.replace(/\d+(?=[\d,.]*)/g, (digits, at: number) =>
    /[\d,.]/.test(article[at - 1] ?? '') ? digits : String(Number(digits) + copy),
  );
  if (copy % 2 === 1) for (const [from, to] of NAMES) text = text.replaceAll(from, to);
  const next = random(copy);
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  const flush = () => {
    if (sentences.length) paragraphs.push(sentences.join(' '));
    sentences = [];
  };
  for (const paragraph of text.split(/\n\n+/)) {
    if (paragraph.startsWith('#')) {
      flush();
      paragraphs.push(paragraph.trim().replace(/^#+ /, (marks) => `${marks}${copy}. `));
      continue;
    }
    for (const sentence of paragraph.trim().split(/(?<=[.!?][”"]?) +/)) {
      sentences.push(sentence);
      if (next() < [0, 0.1, 0.5, 0.8][Math.min(sentences.length, 3)]) flush();
    }
  }
  flush();
  return paragraphs;
}

/** At least `words` words, cut at a paragraph break. */
export function synthesise(words: number, article = readArticle()): BenchText {
  const paragraphs: string[] = [];
  let count = 0;
  for (let copy = 0; count < words; copy++) {
    for (const paragraph of variant(article, copy)) {
      if (count >= words) break;
      paragraphs.push(paragraph);
      count += countWords(paragraph);
    }
  }
  const text = `${paragraphs.join('\n\n')}\n`;
  return { name: `${Math.round(words / 1000)}k words`, text, words: countWords(text), format: 'markdown' };
}

export function fromFile(path: string): BenchText {
  const text = readFileSync(path, 'utf8');
  const extension = extname(path).toLowerCase();
  const format: DocumentFormat = /^\.(md|markdown)$/.test(extension) ? 'markdown' : /^\.html?$/.test(extension) ? 'html' : 'plaintext';
  return { name: path, text, words: countWords(text), format };
}
