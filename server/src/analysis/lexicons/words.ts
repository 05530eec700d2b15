// The closed word lists several detectors share (pronouns, titles, abbreviations, verbs of
// speech), kept once as data in words.json and loaded here only.
import words from './words.json';

/** "he", "she", "they"… as the subject of a cue. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(words.subjectPronouns);
/** The pronouns that stand for one person, what a named speaker is later called. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(words.personPronouns);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(words.objectPronouns);
/** Titles written before a name ("Mr", "Mayor"), in the order a pattern tries them. */
export const HONORIFICS: readonly string[] = words.honorifics;
/** Every word that makes a source a person when it opens it: the honorifics and other titles. */
export const TITLES: ReadonlySet<string> = new Set([...words.honorifics, ...words.titles]);
/** Abbreviations whose full stop ends no sentence ("Mr.", "Sept.", "U.S."), without it. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(words.abbreviations);
/** Verbs of speech that put their speaker after them: "…,” said Ann Lee. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(words.invertingVerbs);
/** Verbs whose object is a listener before the content: "told reporters that". */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(words.listenerVerbs);
/** Near-certain cues, whose presence nearby tells the cue model about a candidate. */
export const STRONG_CUES: ReadonlySet<string> = new Set(words.strongCues);

/** A word is a title with or without its full stop ("Dr", "Dr."), in any case. */
export function isTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}
