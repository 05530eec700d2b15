// The sentences that `check --format json` prints once per file, for its findings to refer to by
// index instead of each copying its sentence: a sentence of a thousand figures is written once,
// not a thousand times. Each entry is the sentence (or the run of sentences) holding every span of
// its findings (the finding, cue, speaker, content); entries never overlap, so together they are
// at most the article's text.
import type { Finding, Span } from '../analysis/finding';
import { splitSentences } from '../analysis/text/sentences';
import { sentenceAt } from '../analysis/text/sentenceLookup';
import { LineIndex } from '../report/articleFacts';

export interface SentenceRecord {
  start: number;
  end: number;
  text: string;
}

export interface SentenceTable {
  sentences: SentenceRecord[];
  /** For each finding given, in the same order, the index of its entry in `sentences`. */
  sentenceOf: number[];
}

export function sentenceTable(text: string, findings: readonly Finding[]): SentenceTable {
  const lines = new LineSentences(text);
  const extents = findings.map((finding) => {
    const own = extentOf(text.length, finding);
    return { start: Math.min(own.start, lines.sentenceStart(own.start)), end: Math.max(own.end, lines.sentenceEnd(own.end)) };
  });
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].start - extents[b].start);
  const merged: Span[] = [];
  const sentenceOf = new Array<number>(findings.length);
  for (const i of order) {
    const last = merged[merged.length - 1];
    if (last && extents[i].start < last.end) last.end = Math.max(last.end, extents[i].end);
    else merged.push({ ...extents[i] });
    sentenceOf[i] = merged.length - 1;
  }
  return { sentences: merged.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })), sentenceOf };
}

/** From the first to the last character any span of the finding covers, inside the text. */
function extentOf(length: number, finding: Finding): Span {
  let start = finding.start;
  let end = finding.end;
  for (const span of [finding.cue, finding.speaker, finding.content]) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  start = Math.min(Math.max(0, start), length);
  return { start, end: Math.min(Math.max(start, end), length) };
}

/** Sentences as the analysis reads them within a line (a paragraph), split once per line asked. */
class LineSentences {
  private readonly lines: LineIndex;
  private readonly byLine = new Map<number, Span[]>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  /** Where the sentence holding `offset` starts; `offset` when it is between sentences. */
  sentenceStart(offset: number): number {
    return sentenceAt(this.sentencesAround(offset), offset)?.start ?? offset;
  }

  /** Where the sentence holding the character before `offset` ends. */
  sentenceEnd(offset: number): number {
    const last = Math.max(0, offset - 1);
    return sentenceAt(this.sentencesAround(last), last)?.end ?? offset;
  }

  private sentencesAround(offset: number): Span[] {
    const { line, column } = this.lines.positionAt(offset);
    const lineStart = offset - column + 1;
    let sentences = this.byLine.get(line);
    if (!sentences) {
      const next = this.text.indexOf('\n', offset);
      const lineEnd = next < 0 ? this.text.length : next;
      sentences = splitSentences(this.text.slice(lineStart, lineEnd)).map((s) => ({ start: s.start + lineStart, end: s.end + lineStart }));
      this.byLine.set(line, sentences);
    }
    return sentences;
  }
}
