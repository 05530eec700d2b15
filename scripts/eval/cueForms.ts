// Gold attribution-cue forms of a corpus, normalised the way the detector matches them.
import type { CorpusDocument } from './corpus';

// Leading words the detector adds to a cue itself ("has said", "also said"), not lexicon entries.
const LEADING = new Set(
  'has have had is was were are be been will would also later previously recently repeatedly once often publicly privately never already then again still not did does do could should may might must can first'.split(' '),
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

export function lowerText(documents: CorpusDocument[]): string {
  return documents.map((d) => d.text.toLowerCase().replace(/[’]/g, "'")).join('\n');
}
