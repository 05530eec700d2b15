// A lexicon is data (lexicons/*.json): cue phrases with optional context, each with an example
// sentence that a unit test runs. This module turns one into a fast matcher: the block is scanned
// word by word, each word is looked up in a Map by its lowercase form, and only the few entries
// anchored on that word try their (precompiled, sticky) regular expression at that place. The
// detectors of a paragraph match their lexicons on it one after another: its words are read once.
import type { Span } from '../finding';
import { sentenceAt } from '../text/sentenceLookup';

export interface LexiconEntry {
  /** The cue words; alternatives separated by "|" ("allege|alleges|alleging"). Case-insensitive. */
  cue: string;
  /** Regex for the word(s) that must come right before the cue, after white space ("is|are|was"). */
  before?: string;
  /** Regex for what must come right after the cue, after optional white space ("to", ","). */
  after?: string;
  /** Regex for what must not come right before the cue. */
  notBefore?: string;
  /** Regex for what must not come right after the cue. */
  notAfter?: string;
  /** Regex that must match somewhere in the cue's sentence ("if|unless" for a conditional "would"). */
  sentence?: string;
  /** The cue counts only in lower case, or capitalised as a sentence's first word ("May 2019" is a month). */
  lowercase?: boolean;
  /** A sentence, written for this project, in which the entry must be found. */
  example: string;
}

export interface Lexicon {
  /** What the lexicon marks, and where its terms came from. */
  about: string;
  entries: LexiconEntry[];
}

export interface CueMatch extends Span {
  entry: LexiconEntry;
}

interface CompiledEntry {
  entry: LexiconEntry;
  pattern: RegExp;
  sentence?: RegExp;
  length: number;
}

const WORD = /[A-Za-z]+/g;

/** A text's words (runs of ASCII letters): where each starts, and its lower case. */
interface Words {
  text: string;
  starts: number[];
  lower: string[];
}

let lastWords: Words = { text: '', starts: [], lower: [] };

function wordsOf(text: string): Words {
  if (lastWords.text === text) return lastWords;
  const starts: number[] = [];
  const lower: string[] = [];
  WORD.lastIndex = 0;
  for (let word = WORD.exec(text); word; word = WORD.exec(text)) {
    // Most words are lower case already; only fold the rest (cheaper than folding every word).
    const token = word[0];
    starts.push(word.index);
    lower.push(/[A-Z]/.test(token) ? token.toLowerCase() : token);
  }
  lastWords = { text, starts, lower };
  return lastWords;
}

export class LexiconMatcher {
  private readonly byAnchor = new Map<string, CompiledEntry[]>();

  constructor(lexicon: Lexicon) {
    for (const entry of lexicon.entries) {
      for (const alternative of entry.cue.split('|')) {
        const words = alternative.trim().split(/\s+/);
        const anchor = words[0].toLowerCase().match(/^[a-z]+/)?.[0];
        if (!anchor) throw new Error(`lexicon cue must start with a letter: "${entry.cue}"`);
        const compiled: CompiledEntry = {
          entry,
          pattern: compileEntry(entry, words),
          sentence: entry.sentence === undefined ? undefined : new RegExp(entry.sentence, 'i'),
          length: alternative.length,
        };
        const list = this.byAnchor.get(anchor) ?? [];
        list.push(compiled);
        this.byAnchor.set(anchor, list);
      }
    }
    // Longest cue first, so "may or may not" wins over "may".
    for (const list of this.byAnchor.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Non-overlapping cue matches of the words starting within `text[from..to)`, in order; `sentences` are `text`'s. */
  match(text: string, sentences: readonly Span[] = [], from = 0, to = text.length): CueMatch[] {
    const found: CueMatch[] = [];
    // Whether a sentence holds an entry's pattern, asked once per sentence and entry.
    const sentenceChecks = new Map<string, boolean>();
    const { starts, lower } = wordsOf(text);
    // A cue ends at the end of a word ((?![A-Za-z])): the words after it start at or after its end.
    let next = from;
    for (let i = 0; i < starts.length && starts[i] < to; i++) {
      const start = starts[i];
      if (start < next) continue;
      const candidates = this.byAnchor.get(lower[i]);
      if (!candidates) continue;
      for (const { entry, pattern, sentence } of candidates) {
        pattern.lastIndex = start;
        const hit = pattern.exec(text);
        if (!hit) continue;
        const end = start + hit[0].length;
        if (end > to) continue;
        if (entry.lowercase && !lowercaseOrSentenceStart(text, start, sentences)) continue;
        if (sentence && !inSentence(text, start, sentences, sentence, sentenceChecks)) continue;
        found.push({ start, end, entry });
        next = end;
        break;
      }
    }
    return found;
  }
}

/** The project's matches that overlap none of `builtIn`: a project term adds a cue, never doubles one. */
export function addedMatches<T extends Span>(project: readonly T[], builtIn: readonly Span[]): T[] {
  return project.filter((cue) => !builtIn.some((other) => other.start < cue.end && cue.start < other.end));
}

function compileEntry(entry: LexiconEntry, words: string[]): RegExp {
  const cue = words.map(escapeWord).join('\\s+');
  const parts = [
    entry.before ? `(?<=(?<![A-Za-z'’])(?:${entry.before})\\s+)` : '',
    entry.notBefore ? `(?<!(?<![A-Za-z'’])(?:${entry.notBefore})\\s*)` : '',
    cue,
    '(?![A-Za-z])',
    entry.after ? `(?=\\s*(?:${entry.after})(?![A-Za-z]))` : '',
    entry.notAfter ? `(?!\\s*(?:${entry.notAfter})(?![A-Za-z]))` : '',
  ];
  return new RegExp(parts.join(''), 'iy');
}

function escapeWord(word: string): string {
  // Apostrophes match straight and curly forms alike ("won't", "won’t").
  return word.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

function inSentence(text: string, at: number, sentences: readonly Span[], pattern: RegExp, cache: Map<string, boolean>): boolean {
  const sentence = sentenceAt(sentences, at) ?? { start: 0, end: text.length };
  const key = `${sentence.start} ${pattern.source}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = pattern.test(text.slice(sentence.start, sentence.end));
    cache.set(key, found);
  }
  return found;
}

function lowercaseOrSentenceStart(text: string, at: number, sentences: readonly Span[]): boolean {
  const first = text.charCodeAt(at);
  if (first < 65 || first > 90) return true;
  if (sentenceAt(sentences, at)?.start === at) return true;
  // Also the first word after an opening quotation mark or bracket at a sentence start.
  let i = at - 1;
  while (i >= 0 && /["'“‘(\s]/.test(text[i])) i--;
  return i < 0 || /[.!?:]/.test(text[i]);
}
