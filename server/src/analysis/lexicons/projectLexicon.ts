// A project's own lexicon terms (the project file's `lexicon`), compiled into matchers once per
// distinct lexicon and added to the built-in ones: extra reporting verbs become attribution cues,
// extra hedges `hedge` findings (generic uncertainty, like the built-in hedges: a team that wants
// them on screen sets `severity.hedge`), extra phrases `anonymous-source` findings.
import { cueMatcherWith, type CueMatcher } from './cues';
import { LexiconMatcher, type LexiconEntry } from './lexicon';

/** The terms as the project file holds them; structurally the config's `Lexicon`. */
export interface ProjectLexicon {
  reportingVerbs?: readonly string[];
  hedges?: readonly string[];
  anonymousSources?: readonly string[];
}

export interface CompiledLexicon {
  /** Identifies the terms: equal keys, equal matchers (an analysis cache is only valid for one). */
  key: string;
  /** Built-in cue forms plus the project's verbs; `added` are the verbs not already built in. */
  cues?: { matcher: CueMatcher; added: ReadonlySet<string> };
  hedges?: LexiconMatcher;
  anonymousSources?: LexiconMatcher;
}

export const NO_LEXICON: CompiledLexicon = { key: '' };

/** Compiled lexicons by key; a handful of projects at most, bounded anyway. */
const compiled = new Map<string, CompiledLexicon>();
const MAX_COMPILED = 16;

/** The matchers for `lexicon`, compiled the first time these terms are seen. */
export function compileLexicon(lexicon: ProjectLexicon | undefined): CompiledLexicon {
  const verbs = cueForms(lexicon?.reportingVerbs);
  const hedges = phrases(lexicon?.hedges);
  const anonymousSources = phrases(lexicon?.anonymousSources);
  if (!verbs.length && !hedges.length && !anonymousSources.length) return NO_LEXICON;
  const key = JSON.stringify([verbs, hedges, anonymousSources]);
  let result = compiled.get(key);
  if (!result) {
    result = {
      key,
      cues: verbs.length ? cueMatcherWith(verbs) : undefined,
      hedges: phraseMatcher('project hedges', hedges),
      anonymousSources: phraseMatcher('project anonymous-source phrases', anonymousSources),
    };
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, result);
  }
  return result;
}

/** Cue forms as findCues compares words: lower case, straight apostrophes, one space between words. */
function cueForms(terms: readonly string[] | undefined): string[] {
  const forms = (terms ?? []).map((term) => term.trim().toLowerCase().replace(/’/g, "'").split(/\s+/).join(' ')).filter((form) => form !== '');
  return [...new Set(forms)].sort();
}

/**
 * Phrases the lexicon matcher can anchor: it looks words up by their leading ASCII letters, so a
 * term must start with one; "|" would split a term into alternatives, so it is left out too.
 */
function phrases(terms: readonly string[] | undefined): string[] {
  const usable = (terms ?? []).map((term) => term.trim().split(/\s+/).join(' ')).filter((term) => /^[A-Za-z]/.test(term) && !term.includes('|'));
  return [...new Set(usable.map((term) => term.toLowerCase()))].sort();
}

function phraseMatcher(about: string, terms: string[]): LexiconMatcher | undefined {
  if (!terms.length) return undefined;
  const entries: LexiconEntry[] = terms.map((cue) => ({ cue, example: '' }));
  return new LexiconMatcher({ about, entries });
}
