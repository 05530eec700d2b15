// Attribution cues: the reporting verbs and phrases of lexicons/reporting-verbs.json, found as
// whole words, with the auxiliaries and adverbs that belong to the cue ("has also said").
import lexicon from './lexicons/reporting-verbs.json';
import type { Span } from './finding';

export interface ReportingVerbEntry {
  forms: string[];
  count: number;
  seen: number;
  precision: number;
  example: string;
}

export interface Cue extends Span {
  /** The lexicon form that matched, lower case ("according to", "told"). */
  form: string;
}

export const REPORTING_VERBS: ReportingVerbEntry[] = lexicon.entries;

/** Cues that name their source after them ("according to the complaint"). */
const SOURCE_AFTER = new Set(['according to']);
/** Cues whose object is a listener before the content ("told reporters that"). */
const LISTENER_AFTER = /^(?:tell|tells|told|telling|asked|asks|urged|assured|reminded|warned|informed|emailed)$/;
const LEADING = new Set(
  'has have had also later previously recently repeatedly once often publicly privately never already again still first now then reportedly did does do not will would could'.split(' '),
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const FORMS = REPORTING_VERBS.flatMap((entry) => entry.forms).sort((a, b) => b.length - a.length);
const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${FORMS.map((form) => escape(form).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}'’-])`,
  'giu',
);

export function namesSourceAfter(cue: Cue): boolean {
  return SOURCE_AFTER.has(cue.form);
}

export function takesListener(cue: Cue): boolean {
  return LISTENER_AFTER.test(cue.form.split(' ')[0]);
}

/** Widens a cue leftwards over auxiliaries and adverbs: "has also said". */
function withLeadingWords(text: string, start: number, from: number): number {
  for (;;) {
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(from, start - 24), start));
    if (!before || !LEADING.has(before[1].toLowerCase())) return start;
    start -= before[0].length;
  }
}

/** Cues within text[from, to), in order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  CUE_PATTERN.lastIndex = from;
  for (let match = CUE_PATTERN.exec(text); match && match.index < to; match = CUE_PATTERN.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    const form = match[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    cues.push({ start: withLeadingWords(text, match.index, from), end, form });
  }
  return cues;
}
