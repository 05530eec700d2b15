// Real news text for the benchmark: PolNeAR's political news articles from the shared corpus
// (third-party text, read at bench time and never copied into the project), concatenated in file
// order until a word count is reached. The train split has enough words for the largest size;
// nothing is tuned on the dev split. Without the corpus the benchmark says so and skips these.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, type BenchText } from './corpus';

/** FACTCHECK_BENCH_CORPUS overrides; by default the shared corpus beside the checkout. */
export function newsCorpusPath(): string {
  return process.env.FACTCHECK_BENCH_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus', 'polnear_train.jsonl');
}

/** Articles joined by blank lines until at least `words` words each, or why there are none. */
export function newsTexts(sizes: number[], path = newsCorpusPath()): BenchText[] | { skipped: string } {
  if (!existsSync(path)) return { skipped: `no news corpus at ${path} (set FACTCHECK_BENCH_CORPUS to a JSONL file of {"text": ...} articles)` };
  const articles = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? '').trim())
    .filter((text) => text);
  const texts: BenchText[] = [];
  for (const size of sizes) {
    const chosen: string[] = [];
    let count = 0;
    for (const article of articles) {
      if (count >= size) break;
      chosen.push(article);
      count += countWords(article);
    }
    if (count < size) return { skipped: `the news corpus at ${path} has ${count.toLocaleString('en-GB')} words, fewer than ${size.toLocaleString('en-GB')}` };
    const text = `${chosen.join('\n\n')}\n`;
    texts.push({ name: `news ${Math.round(size / 1000)}k words`, text, words: countWords(text), format: 'plaintext' });
  }
  return texts;
}
