// A quote interrupted by its attribution (“They also want me,” he added, “to provide lists.”) is
// checked part by part: each part is the speaker's words with the allowances of a whole quote (its
// comma before the attribution included), and the words between them are the writer's, not a
// passage stitched together. The parts need not stand side by side in the source.
import { notFound, placedCheck } from './quoteCheck';
import type { DiffPart, SourceCheck } from './sourceCheck';
import type { SourceIndex } from './sourceIndex';

function abbreviate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** `parts`: each quotation as the article writes it, its marks included. */
export function checkInterruptedQuote(parts: string[], index: SourceIndex): SourceCheck {
  const checks = parts.map((part) => placedCheck(part, index));
  const found = checks.filter((entry) => entry.words !== undefined);
  if (found.length === 0) return notFound();
  const first = Math.min(...found.map((entry) => entry.words![0]));
  const last = Math.max(...found.map((entry) => entry.words![1]));
  const missing = checks.some((entry) => entry.words === undefined);
  const differs = missing || checks.some((entry) => entry.check.status === 'differs');
  const edits = checks.flatMap((entry) => entry.check.edits);
  const diff: DiffPart[] = [];
  if (differs) {
    checks.forEach((entry, i) => {
      const words = parts[i].replace(/^\s*[“"‘'„«]+|[”"’'»]+\s*$/g, '');
      if (entry.words === undefined) diff.push({ type: 'added', article: words, note: `“${abbreviate(words)}” is not in the source` });
      else if (entry.check.status === 'differs') diff.push(...entry.check.diff);
      else diff.push({ type: 'same', article: words });
    });
  }
  return {
    status: differs ? 'differs' : edits.length ? 'allowed-edits' : 'verbatim',
    passage: index.passage(first, last),
    offset: index.words[first].start,
    place: index.placeOf(index.words[first].start),
    edits,
    diff,
  };
}
