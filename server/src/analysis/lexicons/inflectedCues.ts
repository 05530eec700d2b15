// Another inflection of a one-word cue form ("maintains" beside the listed "maintained"): a
// reporting verb's tenses are cues in articles the lexicon was never mined from, and the cue model
// weighs them by the stem they share with the form it knows. Only words used as verbs count.
import { cachedFormStem } from './formStem';
import { SUBJECT_PRONOUNS } from './words';

export interface Word {
  start: number;
  end: number;
  lower: string;
}

// Shorter stems collide with unrelated words ("se" of "sees" and "seed").
const MIN_STEM = 4;
const LETTERS = /^\p{L}+$/u;
// A past tense is a verb; an -ing form as often a gerund or a modifier ("by offering", "a gripping one").
const VERBAL = /ed$/;
// A word after one of these is a noun or its modifier ("the pressures", "his detailed lists").
const DETERMINER = new Set('the a an his her its their our my your this these those some any no every each'.split(' '));
// A base or -s form is as often a noun ("remarks", "demand"): a verb only after its subject or an
// auxiliary ("Blackwell maintains", "who defend", "would appoint"). After "to" it is as often a
// purpose or what someone must do ("rallied to protest", "requires them to disclose") as a report.
const SUBJECT_BEFORE = new Set([...SUBJECT_PRONOUNS, 'who', 'which', 'that']);
const CAPITAL = /^\p{Lu}/u;
// A feeling's -ed form is said of who feels it ("was surprised that"); its other forms of what
// causes it ("the turnout does not surprise her"), which is no speaker.
const FEELING = new Set('surpris worri concern alarm upset anger shock frustrat pleas disappoint scar startl unsettl outrag mystifi thril excit annoy bother troubl disturb amaz impres embarras offend insult confus'.split(' '));

/** A word's stem as formStem reads a one-word form ("maintains", "maintained" → "maintain"); every word of every sentence asks. */
const wordStem = cachedFormStem({});

/**
 * The stems of one-word forms, and their first MIN_STEM letters: a word's stem is the word cut
 * short, so a word that starts with none of these heads shares no stem, and is not stemmed.
 */
export interface FormStems {
  stems: ReadonlySet<string>;
  heads: ReadonlySet<string>;
}

/** The stems of one-word forms long enough to tell a verb by, feelings left out. */
export function formStems(oneWordForms: Iterable<string>): FormStems {
  const stems = new Set([...oneWordForms].map(wordStem).filter((stem) => stem.length >= MIN_STEM && !FEELING.has(stem)));
  return { stems, heads: new Set([...stems].map((stem) => stem.slice(0, MIN_STEM))) };
}

/** Whether `lower`, a word in lower case, shares its stem with a form of `stems`. */
export function sharesStem(lower: string, { stems, heads }: FormStems): boolean {
  return lower.length > MIN_STEM && heads.has(lower.slice(0, MIN_STEM)) && stems.has(wordStem(lower)) && LETTERS.test(lower);
}

/**
 * Whether words[i], which shares its stem with a form, stands as a verb: not after a determiner or an
 * owner, nor capitalised after the sentence's first word; a past tense, or a base or -s form
 * after a subject or `widened` over an auxiliary or adverb.
 */
export function isInflectedCue(text: string, words: Word[], i: number, widened: boolean): boolean {
  const { lower } = words[i];
  const previous = i > 0 && !/\S/.test(text.slice(words[i - 1].end, words[i].start)) ? words[i - 1] : undefined;
  if (previous && (DETERMINER.has(previous.lower) || /['’]s$/.test(previous.lower))) return false;
  // A capital within the sentence is a name or a headline's title case ("Public Voices Fellow").
  if (i > 0 && CAPITAL.test(text[words[i].start])) return false;
  if (VERBAL.test(lower) || widened) return true;
  return !!previous && (SUBJECT_BEFORE.has(previous.lower) || CAPITAL.test(text[previous.start]));
}
