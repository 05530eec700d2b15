// Table-test helper: findings as [kind, exact text, start, end], so a wrong offset shows at once.
import type { Detected } from '../../../server/src/analysis/finding';

export type Row = [kind: string, text: string, start: number, end: number];

export function rows(text: string, findings: Detected[], kinds?: string[]): Row[] {
  return findings
    .filter((finding) => !kinds || kinds.includes(finding.kind))
    .map((finding): Row => [finding.kind, text.slice(finding.start, finding.end), finding.start, finding.end])
    .sort((a, b) => a[2] - b[2]);
}

/** The row for the first occurrence of `words` in `text`. */
export function at(kind: string, text: string, words: string, from = 0): Row {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in the test sentence`);
  return [kind, words, start, start + words.length];
}
