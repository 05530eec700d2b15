// What the server knows about each open article: its findings (analysed incrementally), its
// ledger (loaded once, reloaded when the sidecar changes on disk) and the claims joining the two.
// Findings use the lexicon of the article's project file, as it was when the article was last
// analysed; an analyzer made for another lexicon is dropped (its cache holds that lexicon's results).
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/finding';
import { IncrementalAnalyzer } from '../analysis/engine/incremental';
import { compileLexicon, type ProjectLexicon } from '../analysis/lexicons/projectLexicon';
import { joinClaims } from '../ledger/join';
import type { Claim } from '../ledger/slot';
import type { LedgerEdit } from '../ledger/edit';
import type { LedgerEditResult, LedgerState, LedgerStore } from '../ledger/store';
import { documentFormat } from '../article/documentFormat';
import type { ArticleProject } from '../article/projectConfigs';
import { DEFAULT_PROJECT_CONFIG } from '../config/projectConfig';

export interface ArticleState {
  version: number;
  findings: Finding[];
  claims: Claim[];
  /** Undefined for buffers with no file (untitled): they have no sidecar. */
  ledger?: LedgerState;
  articlePath?: string;
}

/** The article's file path, for documents that are files. */
export function articlePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export class Articles {
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly states = new Map<string, ArticleState>();
  /** The lexicon each article was last analysed with. */
  private readonly lexicons = new Map<string, { lexicon: ProjectLexicon; key: string }>();
  private readonly firstLoads = new Map<string, Promise<unknown>>();

  /** `projectOf` gives the project file that applies to an article (ProjectConfigs.forArticle). */
  constructor(
    private readonly store: LedgerStore,
    private readonly projectOf: (articlePath: string | undefined) => Promise<ArticleProject> = async () => ({ config: DEFAULT_PROJECT_CONFIG }),
  ) {}

  /** Loads the ledger the first time an article is seen and its project's lexicon each time, then gives its state. */
  async analyse(document: TextDocument): Promise<ArticleState> {
    const articlePath = articlePathOf(document.uri);
    if (articlePath && !this.store.current(articlePath)) await this.firstLoad(articlePath);
    const { lexicon } = (await this.projectOf(articlePath)).config;
    this.lexicons.set(document.uri, { lexicon, key: compileLexicon(lexicon).key });
    return this.stateOf(document);
  }

  /** The state for the document's current version, from what is already loaded. */
  stateOf(document: TextDocument): ArticleState {
    const articlePath = articlePathOf(document.uri);
    const ledger = articlePath ? this.store.current(articlePath) : undefined;
    const analyzer = this.analyzerFor(document);
    const known = this.states.get(document.uri);
    if (known && known.version === document.version && known.ledger === ledger) return known;
    const text = document.getText();
    const findings = analyzer.update(text);
    const slots = ledger?.readable ? ledger.slots : [];
    const state: ArticleState = { version: document.version, findings, claims: joinClaims(text, findings, slots), ledger, articlePath };
    this.states.set(document.uri, state);
    return state;
  }

  /** The ledger's first read; runs that start while it is under way wait for it instead of reading again. */
  private firstLoad(articlePath: string): Promise<unknown> {
    let load = this.firstLoads.get(articlePath);
    if (!load) {
      load = this.store.load(articlePath).finally(() => this.firstLoads.delete(articlePath));
      this.firstLoads.set(articlePath, load);
    }
    return load;
  }

  /** Applies a slot edit to the article's ledger on disk. */
  edit(articlePath: string, text: string, edit: LedgerEdit, creator?: string): Promise<LedgerEditResult> {
    return this.store.edit(articlePath, text, edit, creator);
  }

  /** Re-reads a sidecar changed on disk (git pull, another window); false when it holds nothing new. */
  async reloadLedger(articlePath: string): Promise<boolean> {
    const before = this.store.current(articlePath);
    return (await this.store.load(articlePath)) !== before;
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.states.delete(uri);
    this.lexicons.delete(uri);
    const articlePath = articlePathOf(uri);
    if (articlePath) this.store.forget(articlePath);
  }

  /** The document's analyzer for its current lexicon; a stale one is replaced, with its state. */
  private analyzerFor(document: TextDocument): IncrementalAnalyzer {
    const lexicon = this.lexicons.get(document.uri);
    let analyzer = this.analyzers.get(document.uri);
    if (analyzer && analyzer.lexiconKey !== (lexicon?.key ?? '')) {
      analyzer = undefined;
      this.states.delete(document.uri);
    }
    if (!analyzer) {
      analyzer = new IncrementalAnalyzer(documentFormat(document.languageId, document.uri), lexicon?.lexicon);
      this.analyzers.set(document.uri, analyzer);
    }
    return analyzer;
  }
}
