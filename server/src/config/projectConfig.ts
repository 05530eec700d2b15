// The project file a newsroom commits at the root of a workspace folder (`.factcheck.json` or
// `.factcheck.yaml`): extra lexicon terms, known sources, per-kind severity, and who publishes.
import type { FindingKind } from '../analysis/finding';

export const PROJECT_CONFIG_VERSION = 1;
export const PROJECT_CONFIG_FILES = ['.factcheck.json', '.factcheck.yaml', '.factcheck.yml'] as const;
export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Lexicon {
  /** Verbs that attribute, in addition to the built-in ones ("briefed", "tweeted"). */
  reportingVerbs: string[];
  hedges: string[];
  /** Phrases that mark unnamed sourcing ("a source in the ministry"). */
  anonymousSources: string[];
}

export interface ProjectConfig {
  version: typeof PROJECT_CONFIG_VERSION;
  /** The publisher, as ClaimReview's `author`. */
  organisation?: { name: string; url?: string };
  /**
   * Where an article is published, for ClaimReview's `url`: an http(s) address in which `{path}`
   * (the article's path in the folder, without extension) and `{name}` (its file name without
   * extension) are filled in. See articleUrlFor.
   */
  articleUrl?: string;
  lexicon: Lexicon;
  /** A source's name as it appears in articles, and the address "Attach source" proposes for it. */
  knownSources: Record<string, string>;
  severity: Partial<Record<FindingKind, Severity>>;
  /** Default name recorded as the creator of new source slots. */
  checker?: string;
}

export const DEFAULT_PROJECT_CONFIG: ProjectConfig = {
  version: PROJECT_CONFIG_VERSION,
  lexicon: { reportingVerbs: [], hedges: [], anonymousSources: [] },
  knownSources: {},
  severity: {},
};

export const ARTICLE_URL_PLACEHOLDERS = ['path', 'name'] as const;

/** The published address of the article at `relativePath` (forward slashes), if configured. */
export function articleUrlFor(config: ProjectConfig, relativePath: string): string | undefined {
  if (!config.articleUrl) return undefined;
  const withoutExtension = relativePath.replace(/\.[^./]*$/, '');
  const name = withoutExtension.slice(withoutExtension.lastIndexOf('/') + 1);
  const path = withoutExtension.split('/').map(encodeURIComponent).join('/');
  return config.articleUrl.replace(/\{path\}/g, path).replace(/\{name\}/g, encodeURIComponent(name));
}
