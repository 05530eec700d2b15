// Attribution cues: the reporting verbs and phrases of lexicons/reporting-verbs.json, found as
// whole words, with the auxiliaries and adverbs that belong to the cue ("has also said").
import lexicon from './lexicons/reporting-verbs.json';
import contexts from './lexicons/cue-contexts.json';
import type { Span } from './finding';
import { cueContext } from './cueContext';

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
  'has have had also later previously recently repeatedly once often publicly privately never already again still first now then reportedly did does do not will would could is are was were be been being am may might should must can'.split(' '),
);
// Manner adverbs belong to the cue too ("gently urging"), but not every -ly word is one.
const MANNER = /^\p{Ll}+ly$/u;
const NOT_MANNER = new Set(['only', 'early', 'family', 'july', 'italy', 'rally', 'ally', 'daily', 'weekly', 'monthly', 'likely', 'fly', 'reply', 'supply', 'apply']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface FormContexts {
  cue: number;
  seen: number;
  contexts: Record<string, [number, number]>;
}

const CONTEXTS = contexts.forms as unknown as Record<string, FormContexts>;
/** How much a form's overall rate weighs against the counts of one context. */
const PRIOR_WEIGHT = 8;

/** A regular expression that finds any of `forms` as whole words, longest first. */
export function cuePattern(forms: Iterable<string>): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:${sorted.map((form) => escape(form).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}'’-])`,
    'giu',
  );
}

const CUE_PATTERN = cuePattern([...REPORTING_VERBS.flatMap((entry) => entry.forms), ...Object.keys(CONTEXTS)]);
const PRECISION = new Map(REPORTING_VERBS.flatMap((entry) => entry.forms.map((form) => [form, entry.precision] as const)));

// The training script reads this module before it has written the table, hence the fallbacks.
const POOLED = ((contexts as { contexts?: unknown }).contexts ?? {}) as Record<string, [number, number]>;
const ALL = Object.values(POOLED).reduce((sum, [hits, seen]) => [sum[0] + hits, sum[1] + seen], [1, 2]);

function logit(p: number): number {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
}

/**
 * How likely a candidate is a cue in its context, from the train split's counts: the form's own
 * counts in this context, backed off to its overall rate moved by how telling the context is for
 * all forms together (so a rare form in a common context still gets a fair score).
 */
export function cueScore(text: string, sentence: Span, cue: Cue): number {
  const form = CONTEXTS[cue.form];
  const prior = form ? form.cue / form.seen : (PRECISION.get(cue.form) ?? 0);
  const context = cueContext(text, sentence, cue);
  const [pooledHits, pooledSeen] = POOLED[context] ?? [0, 0];
  const lift = logit((pooledHits + 1) / (pooledSeen + 2)) - logit(ALL[0] / ALL[1]);
  const backedOff = 1 / (1 + Math.exp(-(logit(prior) + lift)));
  const [hits, seen] = form?.contexts[context] ?? [0, 0];
  return (hits + PRIOR_WEIGHT * backedOff) / (seen + PRIOR_WEIGHT);
}

/** Candidates scoring below this are not cues (chosen on the train split). */
export const CUE_THRESHOLD: number = contexts.threshold;

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
    const word = before?.[1] ?? '';
    if (!before || !(LEADING.has(word.toLowerCase()) || (MANNER.test(word) && !NOT_MANNER.has(word)))) return start;
    start -= before[0].length;
  }
}

/** Cue candidates within text[from, to), in order, found with `pattern` (global). */
export function findCues(text: string, from: number, to: number, pattern: RegExp = CUE_PATTERN): Cue[] {
  const cues: Cue[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    const form = match[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    cues.push({ start: withLeadingWords(text, match.index, from), end, form });
  }
  return cues;
}
