// From prose offsets back to source offsets, for prose that is not the source with markup blanked:
// decoded entities ("&ldquo;" read as "“"), collapsed white space, paragraph breaks where block
// tags stood. The prose is built piece by piece: a copied piece is the source's characters one for
// one; a put piece stands for a source range as a whole (an entity, a tag), so a span that starts
// or ends inside it covers all of it. Findings are found in the prose and sent in the source's terms.
import type { Span } from '../finding';

export class ProseMap {
  /** Piece i starts at prose offset proseStarts[i] and stands for source[sourceStarts[i], sourceEnds[i]). */
  private readonly proseStarts: number[];
  private readonly sourceStarts: number[];
  private readonly sourceEnds: number[];
  private readonly copied: boolean[];
  readonly proseLength: number;
  readonly sourceLength: number;

  constructor(pieces: ProsePieces, proseLength: number, sourceLength: number) {
    this.proseStarts = pieces.proseStarts;
    this.sourceStarts = pieces.sourceStarts;
    this.sourceEnds = pieces.sourceEnds;
    this.copied = pieces.copied;
    this.proseLength = proseLength;
    this.sourceLength = sourceLength;
  }

  /** The last piece starting at or before prose offset `at`; -1 before the first. */
  private pieceAt(at: number): number {
    let low = 0;
    let high = this.proseStarts.length - 1;
    if (high < 0 || this.proseStarts[0] > at) return -1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.proseStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Where the prose character at `at` starts in the source (the source's end past the prose's end). */
  sourceStart(at: number): number {
    if (at >= this.proseLength) return this.sourceLength;
    const i = this.pieceAt(at);
    if (i < 0) return 0;
    return this.copied[i] ? this.sourceStarts[i] + at - this.proseStarts[i] : this.sourceStarts[i];
  }

  /** Where the prose up to `at` (exclusive) ends in the source. */
  sourceEnd(at: number): number {
    if (at <= 0) return this.sourceStart(0);
    const i = this.pieceAt(at - 1);
    if (i < 0) return 0;
    return this.copied[i] ? this.sourceStarts[i] + at - this.proseStarts[i] : this.sourceEnds[i];
  }

  /** A prose span in the source's offsets; an empty span stays empty. */
  toSource<T extends Span>(span: T): T {
    const start = this.sourceStart(span.start);
    const end = span.end > span.start ? this.sourceEnd(span.end) : start;
    return { ...span, start, end };
  }
}

interface ProsePieces {
  proseStarts: number[];
  sourceStarts: number[];
  sourceEnds: number[];
  copied: boolean[];
}

/** Builds prose and its map in source order. */
export class ProseBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: ProsePieces = { proseStarts: [], sourceStarts: [], sourceEnds: [], copied: [] };
  private proseLength = 0;
  private last = '';

  constructor(private readonly source: string) {}

  get length(): number {
    return this.proseLength;
  }

  /** The prose's last character, '' at the start. */
  get lastCharacter(): string {
    return this.last;
  }

  /** source[start, end) into the prose as it is. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const { proseStarts, sourceEnds, copied } = this.pieces;
    const n = proseStarts.length - 1;
    if (n >= 0 && copied[n] && sourceEnds[n] === start) sourceEnds[n] = end;
    else this.push(start, end, true);
    this.add(this.source.slice(start, end));
  }

  /** `value` into the prose, standing for source[start, end) as a whole. */
  put(value: string, start: number, end: number): void {
    if (!value) return;
    this.push(start, end, false);
    this.add(value);
  }

  finish(): { text: string; map: ProseMap } {
    return { text: this.parts.join(''), map: new ProseMap(this.pieces, this.proseLength, this.source.length) };
  }

  private push(start: number, end: number, copied: boolean): void {
    this.pieces.proseStarts.push(this.proseLength);
    this.pieces.sourceStarts.push(start);
    this.pieces.sourceEnds.push(end);
    this.pieces.copied.push(copied);
  }

  private add(value: string): void {
    this.parts.push(value);
    this.proseLength += value.length;
    this.last = value[value.length - 1];
  }
}
