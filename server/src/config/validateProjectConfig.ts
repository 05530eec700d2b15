// Checks a parsed project file and turns it into a ProjectConfig. Every fault names its key path
// ("lexicon.hedges[2]") and says what is wrong; parseProjectConfig adds the line and column.
import { FINDING_KINDS, type FindingKind } from '../analysis/finding';
import { ARTICLE_URL_PLACEHOLDERS, DEFAULT_PROJECT_CONFIG, PROJECT_CONFIG_VERSION, SEVERITIES, type Lexicon, type ProjectConfig, type Severity } from './projectConfig';

export type KeyPath = (string | number)[];

export interface ConfigFault {
  path: KeyPath;
  message: string;
  /** True when the fault is the key itself (unknown key), not its value. */
  atKey?: boolean;
}

export type ConfigValidation = { ok: true; config: ProjectConfig } | { ok: false; faults: ConfigFault[] };

type Json = Record<string, unknown>;

const TOP_KEYS = ['version', 'organisation', 'articleUrl', 'lexicon', 'knownSources', 'severity', 'checker'];
const LEXICON_KEYS: (keyof Lexicon)[] = ['reportingVerbs', 'hedges', 'anonymousSources'];
const MAX_TERM = 200;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${String(value)}`;
}

/** "hedgs" -> "hedges": the known key within two edits, if any. */
function suggestion(key: string, known: readonly string[]): string {
  const near = known.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return near ? `; did you mean "${near}"?` : `; expected one of ${known.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

export function validateProjectConfig(value: unknown): ConfigValidation {
  const faults: ConfigFault[] = [];
  const fault = (path: KeyPath, message: string, atKey = false): undefined => {
    faults.push({ path, message, ...(atKey ? { atKey } : {}) });
    return undefined;
  };
  if (!isObject(value)) return { ok: false, faults: [{ path: [], message: `the project file must be a mapping of settings, found ${describe(value)}` }] };

  for (const key of Object.keys(value)) if (!TOP_KEYS.includes(key)) fault([key], `unknown key "${key}"${suggestion(key, TOP_KEYS)}`, true);
  if (value.version === undefined) fault([], `missing "version"; write "version": ${PROJECT_CONFIG_VERSION}`);
  else if (value.version !== PROJECT_CONFIG_VERSION) fault(['version'], `unknown version ${describe(value.version)}; this extension reads version ${PROJECT_CONFIG_VERSION}`);

  const config: ProjectConfig = structuredClone(DEFAULT_PROJECT_CONFIG);
  const organisation = readOrganisation(value.organisation, fault);
  if (organisation) config.organisation = organisation;
  if (value.articleUrl !== undefined) {
    const articleUrl = readArticleUrl(value.articleUrl, fault);
    if (articleUrl) config.articleUrl = articleUrl;
  }
  config.lexicon = readLexicon(value.lexicon, fault);
  config.knownSources = readKnownSources(value.knownSources, fault);
  config.severity = readSeverity(value.severity, fault);
  if (value.checker !== undefined) {
    if (typeof value.checker !== 'string' || value.checker.trim() === '') fault(['checker'], `must be a name, found ${describe(value.checker)}`);
    else config.checker = value.checker.trim();
  }
  return faults.length > 0 ? { ok: false, faults } : { ok: true, config };
}

type Fault = (path: KeyPath, message: string, atKey?: boolean) => undefined;

function httpProblem(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : `must start with http:// or https://, not ${url.protocol}`;
  } catch {
    return `${describe(text)} is not a web address`;
  }
}

function readOrganisation(value: unknown, fault: Fault): ProjectConfig['organisation'] {
  if (value === undefined) return undefined;
  if (!isObject(value)) return fault(['organisation'], `must be a mapping with "name" and optional "url", found ${describe(value)}`);
  for (const key of Object.keys(value)) if (key !== 'name' && key !== 'url') fault(['organisation', key], `unknown key "${key}"${suggestion(key, ['name', 'url'])}`, true);
  if (typeof value.name !== 'string' || value.name.trim() === '') return fault(['organisation', 'name'], `must be the organisation's name, found ${describe(value.name)}`);
  if (value.url === undefined) return { name: value.name.trim() };
  const problem = typeof value.url === 'string' ? httpProblem(value.url) : `must be a web address, found ${describe(value.url)}`;
  if (problem) return fault(['organisation', 'url'], problem);
  return { name: value.name.trim(), url: value.url as string };
}

function readArticleUrl(value: unknown, fault: Fault): string | undefined {
  if (typeof value !== 'string') return fault(['articleUrl'], `must be a web address, found ${describe(value)}`);
  for (const [, placeholder] of value.matchAll(/\{([^}]*)\}/g)) {
    if (!(ARTICLE_URL_PLACEHOLDERS as readonly string[]).includes(placeholder)) return fault(['articleUrl'], `unknown placeholder {${placeholder}}; use {path} or {name}`);
  }
  const problem = httpProblem(value.replace(/\{(path|name)\}/g, 'x'));
  return problem ? fault(['articleUrl'], problem) : value;
}

function readLexicon(value: unknown, fault: Fault): Lexicon {
  const lexicon: Lexicon = { reportingVerbs: [], hedges: [], anonymousSources: [] };
  if (value === undefined) return lexicon;
  if (!isObject(value)) return fault(['lexicon'], `must be a mapping of ${LEXICON_KEYS.join(', ')}, found ${describe(value)}`) ?? lexicon;
  for (const key of Object.keys(value)) if (!(LEXICON_KEYS as string[]).includes(key)) fault(['lexicon', key], `unknown key "${key}"${suggestion(key, LEXICON_KEYS)}`, true);
  for (const key of LEXICON_KEYS) {
    const terms = value[key];
    if (terms === undefined) continue;
    if (!Array.isArray(terms)) {
      fault(['lexicon', key], `must be a list of words or phrases, found ${describe(terms)}`);
      continue;
    }
    terms.forEach((term, i) => {
      if (typeof term !== 'string' || term.trim() === '') return fault(['lexicon', key, i], `must be a word or phrase, found ${describe(term)}`);
      if (term.length > MAX_TERM) return fault(['lexicon', key, i], `is longer than ${MAX_TERM} characters`);
      const clean = term.trim().replace(/\s+/g, ' ');
      if (!lexicon[key].includes(clean)) lexicon[key].push(clean);
      return undefined;
    });
  }
  return lexicon;
}

function readKnownSources(value: unknown, fault: Fault): Record<string, string> {
  const sources: Record<string, string> = {};
  if (value === undefined) return sources;
  if (!isObject(value)) return fault(['knownSources'], `must map a source's name to its web address, found ${describe(value)}`) ?? sources;
  for (const [name, url] of Object.entries(value)) {
    if (name.trim() === '') fault(['knownSources', name], 'a source name must not be empty', true);
    const problem = typeof url === 'string' ? httpProblem(url) : `must be a web address, found ${describe(url)}`;
    if (problem) fault(['knownSources', name], problem);
    // Defined, not assigned: a source named "__proto__" is a name like any other.
    else Object.defineProperty(sources, name.trim(), { value: url, enumerable: true, writable: true, configurable: true });
  }
  return sources;
}

function readSeverity(value: unknown, fault: Fault): Partial<Record<FindingKind, Severity>> {
  const severity: Partial<Record<FindingKind, Severity>> = {};
  if (value === undefined) return severity;
  if (!isObject(value)) return fault(['severity'], `must map finding kinds to severities, found ${describe(value)}`) ?? severity;
  for (const [kind, level] of Object.entries(value)) {
    if (!(FINDING_KINDS as readonly string[]).includes(kind)) {
      fault(['severity', kind], `unknown finding kind "${kind}"${suggestion(kind, FINDING_KINDS)}`, true);
      continue;
    }
    if (!(SEVERITIES as readonly unknown[]).includes(level)) fault(['severity', kind], `unknown severity ${describe(level)}; expected one of ${SEVERITIES.join(', ')}`);
    else severity[kind as FindingKind] = level as Severity;
  }
  return severity;
}
