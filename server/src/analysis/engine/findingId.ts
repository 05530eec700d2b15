import type { Finding, FindingKind } from '../finding';

/** FNV-1a, 32 bit: cheap, deterministic, good enough to tell findings apart in one article. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A finding's id before its repeats are numbered (RepeatNumbering): its kind and a hash of its
 * words, not where they stand, so typing elsewhere leaves the ids (and every diagnostic that
 * carries one) as they were.
 */
export function findingId(kind: FindingKind, text: string): string {
  return `${kind}-${fnv1a(text).toString(36)}`;
}

/** How often an id before numbering has come so far in the update `update`. */
interface Seen {
  update: number;
  count: number;
}

/** What numbering knows of a finding's id: how often its id before numbering had come before it. */
export interface Numbered {
  seen: Seen;
  count: number;
  update: number;
}

/**
 * Findings of one kind on the same words (a figure stated twice, "he said" again) are told apart
 * by their order in the text: the second gets ".2" after its id, the third ".3", and so on.
 * `number` is given the findings in reading order, a paragraph at a time, and puts each under
 * its numbered id: itself when that is already its id, else a copy (findings are shared: never
 * changed in place). Beside a paragraph's findings it keeps what it learnt of each, for the next
 * update: on a long article nearly every finding comes again under the same id, and numbering it
 * then costs a comparison, no lookup and no garbage.
 */
export class RepeatNumbering {
  private readonly bases = new Map<string, Seen>();
  private readonly ids = new Map<string, Numbered>();
  private update = 0;
  /** Findings numbered in the current update. */
  private numbered = 0;

  /** Starts numbering an article's findings from the first again. */
  start(): void {
    // Ids no longer in the article (typing changes the words of a finding) are let go once they outnumber those in it.
    if (this.ids.size > 2 * this.numbered + 1024) {
      for (const [id, known] of this.ids) if (known.update !== this.update) this.ids.delete(id);
      for (const [base, seen] of this.bases) if (seen.update !== this.update) this.bases.delete(base);
    }
    this.update++;
    this.numbered = 0;
  }

  /** Numbers the next findings in place; `numbers` holds what was learnt of them, by index, and is kept up to date. */
  number(findings: Finding[], numbers: Numbered[]): void {
    this.numbered += findings.length;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      let known = numbers[i];
      if (!known || known.update < this.update - 1) known = numbers[i] = this.ids.get(finding.id) ?? this.learn(finding.id);
      const { seen } = known;
      if (seen.update !== this.update) {
        seen.update = this.update;
        seen.count = 0;
      }
      known.update = this.update;
      const count = ++seen.count;
      if (count === known.count) continue;
      const base = finding.id.slice(0, finding.id.length - suffixLength(known.count));
      const id = count === 1 ? base : `${base}.${count}`;
      findings[i] = { ...finding, id };
      numbers[i] = this.ids.get(id) ?? this.learn(id);
      numbers[i].update = this.update;
    }
  }

  private learn(id: string): Numbered {
    const dot = id.indexOf('.');
    const base = dot < 0 ? id : id.slice(0, dot);
    let seen = this.bases.get(base);
    if (!seen) this.bases.set(base, (seen = { update: 0, count: 0 }));
    const known: Numbered = { seen, count: dot < 0 ? 1 : Number(id.slice(dot + 1)), update: this.update };
    this.ids.set(id, known);
    return known;
  }
}

/** The length of the ".n" an id numbered `count` ends with: none for the first. */
function suffixLength(count: number): number {
  return count === 1 ? 0 : String(count).length + 1;
}

/** The findings, in reading order, under their numbered ids (see RepeatNumbering). */
export function numberRepeats(findings: Finding[]): Finding[] {
  const numbering = new RepeatNumbering();
  numbering.start();
  const numbered = [...findings];
  numbering.number(numbered, []);
  return numbered;
}
