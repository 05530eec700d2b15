// Gold attribution-cue forms of a corpus, normalised the way the detector matches them.
import type { CorpusDocument } from './corpus';

// Leading words the detector adds to a cue itself ("has said", "also said"), not lexicon entries.
const LEADING = new Set(
  'has have had is was were are be been will would also later previously recently repeatedly once often publicly privately never already then again still long just further likely having began not did does do could should may might must can first'.split(' '),
);
// Not cues in their own right: a cue plus a day or adverb the detector adds itself, nouns, and
// verbs of feeling that PolNeAR counts but a fact-checker would not read as sourcing.
export const EXCLUDED = new Set([
  'now says', 'widely expected', 'eager', 'complaints', 'titled', 'angered', 'restricting',
  'convinced', 'sounded', 'knocked', 'issued a statement saying', 'critical of', 'deemed',
  // Rarely cues in train (appointed 4 of 22, drew 2 of 45) and noise in an editor when they fire.
  'appointed', 'drew',
]);
export const WEEKDAY = / (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function normalise(cue: string): string | undefined {
  const words = cue.toLowerCase().replace(/[’]/g, "'").replace(/:$/, '').trim().split(/\s+/);
  while (words.length > 1 && LEADING.has(words[0])) words.shift();
  const form = words.join(' ');
  return /^[a-z][a-z' -]*$/.test(form) ? form : undefined;
}

export function occurrences(haystack: string, form: string): number {
  const pattern = new RegExp(`(?<![a-z'])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z'])`, 'g');
  return haystack.match(pattern)?.length ?? 0;
}

/** How often each normalised form is a gold cue. */
export function goldCueForms(documents: CorpusDocument[]): Map<string, number> {
  const gold = new Map<string, number>();
  for (const document of documents) {
    for (const span of document.spans) {
      if (span.kind !== 'attr_cue') continue;
      const form = normalise(document.text.slice(span.start, span.end));
      if (form && !EXCLUDED.has(form) && !WEEKDAY.test(form)) gold.set(form, (gold.get(form) ?? 0) + 1);
    }
  }
  return gold;
}

// Past tenses and participles that no suffix rule reaches, by base.
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], seek: ['sought'],
  find: ['found'], know: ['knew', 'known'], speak: ['spoke', 'spoken'], read: ['read'], put: ['put'],
  make: ['made'], go: ['went', 'gone'], see: ['saw', 'seen'], give: ['gave', 'given'], hear: ['heard'],
  teach: ['taught'], forecast: ['forecast'], feel: ['felt'], mean: ['meant'], swear: ['swore', 'sworn'],
  take: ['took', 'taken'], hold: ['held'], bring: ['brought'], show: ['showed', 'shown'], get: ['got', 'gotten'],
};
const IRREGULAR_BASE = new Map(Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.map((form) => [form, base] as const)));

/** The bases a verb form may come from ("noted" → note or not, "tries" → try): a guess the corpus checks. */
function bases(word: string): string[] {
  const irregular = IRREGULAR_BASE.get(word);
  if (irregular) return [irregular];
  if (word.length < 4) return [word];
  if (/ie[sd]$/.test(word)) return [`${word.slice(0, -3)}y`];
  const stem = /ing$/.test(word) ? word.slice(0, -3) : /ed$/.test(word) ? word.slice(0, -2) : undefined;
  if (stem !== undefined) {
    // A doubled final consonant ("slammed"), but not one the base ends with ("called", "passed", "added").
    if (/([^aeioulsfzd])\1$/.test(stem)) return [stem.slice(0, -1)];
    return [stem, `${stem}e`];
  }
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return [word.slice(0, -2)];
  if (/[^s]s$/.test(word)) return [word.slice(0, -1)];
  return [word];
}

/** The forms of a verb's base: base, -s, -ed, -ing and its irregular forms. */
function paradigm(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, `${base}s`, /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`, ...irregular];
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  else if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  else if (base.endsWith('e')) forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
    // Short words ending consonant-vowel-consonant double it ("slam" → slammed).
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) forms.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
  }
  return forms;
}

/**
 * The other inflections of a cue form's first word, the rest kept ("pointed to" → "points to",
 * "point to", "pointing to"). Over-generates ("noted" → "nots"): the caller keeps those the corpus attests.
 */
export function inflections(form: string): string[] {
  const [head, ...rest] = form.split(' ');
  const out = new Set<string>();
  for (const base of bases(head)) for (const word of paradigm(base)) if (word !== head) out.add([word, ...rest].join(' '));
  return [...out];
}

export function lowerText(documents: CorpusDocument[]): string {
  return documents.map((d) => d.text.toLowerCase().replace(/[’]/g, "'")).join('\n');
}

/**
 * The inflections of `forms` worth weighing as cue candidates beside `known`: those the corpus
 * text `all` shows as cues at least `minPrecision` of the times they occur, and those it shows
 * fewer than `unseenBelow` times, too few to judge: a cue's other tenses are candidates in
 * articles not yet read, and the model weighs them by the stem they share.
 */
export function inflectedForms(
  forms: Iterable<string>,
  known: ReadonlySet<string>,
  gold: ReadonlyMap<string, number>,
  all: string,
  minPrecision: number,
  unseenBelow = 0,
): string[] {
  return [...new Set([...forms].flatMap(inflections))].filter((form) => {
    if (known.has(form) || EXCLUDED.has(form)) return false;
    const seen = occurrences(all, form);
    if (seen < unseenBelow) return true;
    return seen > 0 && (gold.get(form) ?? 0) / seen >= minPrecision;
  });
}
