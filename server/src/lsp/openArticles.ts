// Everything the server holds for one open article, in one object: its analysis (findings kept
// incrementally, with the lexicon of its project file as it was at the last run), its ledger
// view and the check of the workspace files its verdicts rest on, the claims joining them, its diagnostics cache, the settings it is shown with, why it
// is refused, and its pending run. The registry owns one per open document, so closing it
// disposes one object.
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/finding';
import { IncrementalAnalyzer } from '../analysis/engine/incremental';
import { composeChanges, type TextChange } from '../analysis/engine/textChange';
import { compileLexicon, type ProjectLexicon } from '../analysis/lexicons/projectLexicon';
import { joinSteps } from '../ledger/join';
import { finish } from '../analysis/steps';
import { withEvidenceChecks, type EvidenceChecks } from '../ledger/evidenceStaleness';
import { EvidenceChecker } from '../evidence/evidenceChecker';
import { evidencePath } from '../evidence/fileEvidence';
import type { Claim } from '../ledger/slot';
import type { LedgerEdit } from '../ledger/edit';
import type { LedgerEditResult, LedgerState, LedgerStore } from '../ledger/store';
import { documentFormat } from '../article/documentFormat';
import type { ArticleProject } from '../article/projectConfigs';
import type { FactcheckSettings } from '../article/settings';
import { DEFAULT_PROJECT_CONFIG } from '../config/projectConfig';
import { DiagnosticCache, type SourceChecksById } from './diagnostics';
import { PendingRun } from './scheduler';
import { moreFindingsDiagnostic, publishSteps } from './diagnosticLimit';
import { runInSlices, runSlice } from './timeSlices';

export interface ArticleState {
  version: number;
  findings: Finding[];
  claims: Claim[];
  /** Undefined for buffers with no file (untitled): they have no sidecar. */
  ledger?: LedgerState;
  articlePath?: string;
  /** The last check of the workspace files its verdicts rest on. */
  evidence?: EvidenceChecks;
}

/** A version's findings being joined with a ledger (and its evidence checks) a step at a time. */
interface Join {
  version: number;
  ledger: LedgerState | undefined;
  evidence: EvidenceChecks | undefined;
  findings: Finding[];
  steps: Generator<number, void, void>;
}

/** Whether a state or a join is for this version, ledger and evidence check. */
function isFor(made: { version: number; ledger?: LedgerState; evidence?: EvidenceChecks }, version: number, ledger: LedgerState | undefined, evidence: EvidenceChecks | undefined): boolean {
  return made.version === version && made.ledger === ledger && made.evidence === evidence;
}

/** The article's file path, for documents that are files. */
export function articlePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** What every open article shares: the ledgers on disk and the project files. */
interface ArticleServices {
  store: LedgerStore;
  /** The project file that applies to an article (ProjectConfigs.forArticle). */
  projectOf: (articlePath: string | undefined) => Promise<ArticleProject>;
  evidence: EvidenceChecker;
}

export class OpenArticle {
  readonly articlePath: string | undefined;
  /** The settings it is shown with, read from the client once until they change. */
  settings: Promise<FactcheckSettings> | undefined;
  /** Why it is not analysed (too long, binary), while it is not. */
  refusal: string | undefined;
  /** Its claims' checks against their source documents, as far as they are known (by finding id). */
  checks: SourceChecksById = new Map();
  /** The ledger whose problems were last published on the sidecar itself. */
  publishedLedger: LedgerState | undefined;
  /** The next analysis run, once the changes queued behind this one have arrived. */
  readonly pending: PendingRun;
  private readonly diagnosticCache = new DiagnosticCache();
  private analyzer: IncrementalAnalyzer | undefined;
  /** The lexicon of the article's last run, and its key. */
  private lexicon: { lexicon: ProjectLexicon | undefined; key: string } | undefined;
  private state: ArticleState | undefined;
  /**
   * The join of findings and ledger under way for a newer state, a step at a time; the state is
   * set only when it is done, so nothing ever reads a half-joined one.
   */
  private joining: Join | undefined;
  /** How the text changed since the diagnostics were last built, over every analysis since. */
  private changeSinceDiagnostics: TextChange | undefined;
  private firstLoad: Promise<unknown> | undefined;
  private closed = false;
  /** The last evidence check, kept as the same object while its result does not change. */
  private evidence: { checks: EvidenceChecks; key: string; files: Set<string> } | undefined;

  constructor(
    readonly uri: string,
    private readonly services: ArticleServices,
    run: (article: OpenArticle) => Promise<void> | void,
  ) {
    this.articlePath = articlePathOf(uri);
    this.pending = new PendingRun(() => run(this));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Loads the ledger the first time and the project's lexicon each time, analyses the paragraphs
   * that changed a slice at a time (other messages and articles are served in between), then gives
   * the state; undefined when `isCurrent` says the version it was for is outdated, or it closed.
   * `progress` hears the share done after each slice of a long analysis.
   */
  async analyse(document: TextDocument, isCurrent: () => boolean = () => true, progress?: (share: number) => void): Promise<ArticleState | undefined> {
    const { articlePath, services } = this;
    if (articlePath && !services.store.current(articlePath)) await this.loadLedgerOnce(articlePath);
    if (articlePath) await this.checkEvidence(articlePath);
    const { lexicon } = (await services.projectOf(articlePath)).config;
    if (this.lexicon?.lexicon !== lexicon) this.lexicon = { lexicon, key: compileLexicon(lexicon).key };
    const finished = await runInSlices(this.steps(document), progress, () => !this.closed && isCurrent());
    return finished ? this.stateOf(document) : undefined;
  }

  /**
   * The state for the document's current version when it takes at most one more slice of analysis
   * (a hover, a code action must not wait for a long article's analysis); otherwise the share of
   * its paragraphs done so far.
   */
  readyState(document: TextDocument): { state: ArticleState } | { analysing: number } {
    const analysing = runSlice(this.steps(document));
    if (analysing !== undefined) return { analysing };
    return { state: this.stateOf(document) };
  }

  /** The state for the document's current version, its analysis run a slice at a time, others served in between. */
  async settledState(document: TextDocument): Promise<ArticleState> {
    for (;;) {
      // The document object changes in place: a version typed meanwhile is prepared in its turn.
      const version = document.version;
      await runInSlices(this.steps(document));
      if (document.version === version) return this.stateOf(document);
    }
  }

  /** The state for the document's current version, from what is already loaded; a join under way for it is finished first. */
  stateOf(document: TextDocument): ArticleState {
    finish(this.joined(document));
    return this.state!;
  }

  /** The analysis of the document's current version, then its join with the ledger, a step at a time. */
  private *steps(document: TextDocument): Generator<number, void, void> {
    const analyzer = this.analyzerFor(document);
    const version = document.version;
    // A state or a join for this version has taken its analysis already: prepare() would place it all again.
    if (this.state?.version !== version && this.joining?.version !== version) yield* analyzer.prepare(document.getText());
    yield* this.joined(document);
  }

  /**
   * Sets the state for the document's current version as it is loaded now: at once when it is
   * already, else by carrying on the join under way for it or beginning one (yielding 1 between
   * steps). Only the newest join sets the state: one for an older version or ledger is dropped.
   */
  private *joined(document: TextDocument): Generator<number, void, void> {
    const { articlePath } = this;
    const ledger = articlePath ? this.services.store.current(articlePath) : undefined;
    const evidence = this.evidence?.checks;
    const version = document.version;
    const analyzer = this.analyzerFor(document);
    const known = this.state;
    if (known && isFor(known, version, ledger, evidence)) return;
    const under = this.joining;
    if (under && isFor(under, version, ledger, evidence)) {
      yield* under.steps;
      return;
    }
    // The version's findings are taken from the analyzer once; a ledger loaded meanwhile joins them again.
    const findings = known?.version === version ? known.findings : under?.version === version ? under.findings : this.take(analyzer, document.getText());
    const steps = this.join(document.getText(), version, ledger, evidence, findings);
    this.joining = { version, ledger, evidence, findings, steps };
    yield* steps;
  }

  /** The analyzer's findings for `text`, and how the text changed since the last ones taken. */
  private take(analyzer: IncrementalAnalyzer, text: string): Finding[] {
    const { findings, change } = analyzer.analyse(text);
    this.changeSinceDiagnostics = this.changeSinceDiagnostics ? composeChanges(this.changeSinceDiagnostics, change) : change;
    return findings;
  }

  /** Joins the findings with the ledger; the state is set at the end unless a join for newer ones began meanwhile. */
  private *join(text: string, version: number, ledger: LedgerState | undefined, evidence: EvidenceChecks | undefined, findings: Finding[]): Generator<number, void, void> {
    const slots = ledger?.readable ? ledger.slots : [];
    const claims = withEvidenceChecks(yield* joinSteps(text, findings, slots, this.state?.claims), evidence);
    if (!this.joining || !isFor(this.joining, version, ledger, evidence)) return;
    this.joining = undefined;
    this.state = { version, findings, claims, ledger, articlePath: this.articlePath, ...(evidence ? { evidence } : {}) };
  }

  /**
   * Diagnostics for the current state's claims, reusing the previous build's where they did not
   * change: at most MAX_DIAGNOSTICS, and then one saying how many more there are.
   */
  diagnostics(document: TextDocument, settings: FactcheckSettings): Diagnostic[] {
    return finish(this.diagnosticSteps(document, settings));
  }

  /**
   * diagnostics() a slice at a time, other requests answered in between; undefined when
   * `isCurrent` said at a pause that the version they were for is outdated.
   */
  async slicedDiagnostics(document: TextDocument, settings: FactcheckSettings, isCurrent: () => boolean): Promise<Diagnostic[] | undefined> {
    const built: { diagnostics?: Diagnostic[] } = {};
    const finished = await runInSlices(this.buildInto(built, document, settings), undefined, () => !this.closed && isCurrent());
    return finished ? built.diagnostics : undefined;
  }

  private *buildInto(built: { diagnostics?: Diagnostic[] }, document: TextDocument, settings: FactcheckSettings): Generator<number, void, void> {
    built.diagnostics = yield* this.diagnosticSteps(document, settings);
  }

  private *diagnosticSteps(document: TextDocument, settings: FactcheckSettings): Generator<number, Diagnostic[], void> {
    const state = this.stateOf(document);
    const change = this.changeSinceDiagnostics ?? unchanged(document.getText().length);
    const { claims, hidden } = yield* publishSteps(state.claims, settings, this.checks);
    const diagnostics = yield* this.diagnosticCache.buildSteps(document, claims, settings, change, this.checks);
    // Let go only once built: a build dropped half-way leaves the change for the next one.
    if (this.changeSinceDiagnostics === change) this.changeSinceDiagnostics = undefined;
    if (hidden) diagnostics.push(moreFindingsDiagnostic(hidden));
    return diagnostics;
  }

  /** True when one of its slots rests on this workspace file (as last checked). */
  restsOn(file: string): boolean {
    return this.evidence?.files.has(file) ?? false;
  }

  /** Re-checks the workspace files its verdicts rest on; the state changes only when a result did. */
  private async checkEvidence(articlePath: string): Promise<void> {
    const ledger = this.services.store.current(articlePath);
    const slots = ledger?.readable ? ledger.slots : [];
    const checks = await this.services.evidence.check(articlePath, slots);
    const key = JSON.stringify([...checks]);
    if (key === this.evidence?.key) return;
    const files = new Set(slots.flatMap((slot) => slot.sources.filter((s) => s.kind === 'file' && s.refused === undefined).map((s) => evidencePath(articlePath, s.target))));
    this.evidence = { checks, key, files };
  }

  /** Applies a slot edit to the article's ledger on disk. */
  edit(text: string, edit: LedgerEdit, creator?: string): Promise<LedgerEditResult> {
    return this.services.store.edit(this.articlePath!, text, edit, creator);
  }

  /** Drops what it holds: its pending run, its ledger in memory. */
  close(): void {
    this.closed = true;
    this.pending.cancel();
    if (this.articlePath) this.services.store.forget(this.articlePath);
  }

  /** The ledger's first read; runs that start while it is under way wait for it instead of reading again. */
  private loadLedgerOnce(articlePath: string): Promise<unknown> {
    this.firstLoad ??= this.services.store.load(articlePath).finally(() => (this.firstLoad = undefined));
    return this.firstLoad;
  }

  /** The analyzer for the current lexicon; a stale one is replaced, with its state. */
  private analyzerFor(document: TextDocument): IncrementalAnalyzer {
    if (this.analyzer && this.analyzer.lexiconKey !== (this.lexicon?.key ?? '')) {
      this.analyzer = undefined;
      this.state = undefined;
      this.joining = undefined;
    }
    this.analyzer ??= new IncrementalAnalyzer(documentFormat(document.languageId, document.uri), this.lexicon?.lexicon);
    return this.analyzer;
  }
}

/** No change: the text is as it was at the last build. */
function unchanged(length: number): TextChange {
  return { unchangedPrefix: length, unchangedSuffix: 0, previousLength: length, length };
}

/** The open articles, one object each, by document URI. */
export class OpenArticles {
  private readonly articles = new Map<string, OpenArticle>();
  private readonly services: ArticleServices;

  /** `run` analyses and publishes an article; `pending.schedule()` queues it. */
  constructor(
    store: LedgerStore,
    projectOf: ArticleServices['projectOf'] = async () => ({ config: DEFAULT_PROJECT_CONFIG }),
    private readonly run: (article: OpenArticle) => Promise<void> | void = () => {},
    evidence = new EvidenceChecker(),
  ) {
    this.services = { store, projectOf, evidence };
  }

  open(uri: string): OpenArticle {
    this.articles.get(uri)?.close();
    const article = new OpenArticle(uri, this.services, this.run);
    this.articles.set(uri, article);
    return article;
  }

  get(uri: string): OpenArticle | undefined {
    return this.articles.get(uri);
  }

  all(): IterableIterator<OpenArticle> {
    return this.articles.values();
  }

  /** The open article whose file this is. */
  byPath(articlePath: string): OpenArticle | undefined {
    for (const article of this.articles.values()) if (article.articlePath === articlePath) return article;
    return undefined;
  }

  close(uri: string): void {
    this.articles.get(uri)?.close();
    this.articles.delete(uri);
  }

  /** The open articles whose verdicts rest on this workspace file; its hash is read again. */
  restingOn(file: string): OpenArticle[] {
    this.services.evidence.forget(file);
    return [...this.articles.values()].filter((article) => article.restsOn(file));
  }

  /** Re-reads a sidecar changed on disk (git pull, another window); false when it holds nothing new. */
  async reloadLedger(articlePath: string): Promise<boolean> {
    const before = this.services.store.current(articlePath);
    return (await this.services.store.load(articlePath)) !== before;
  }
}
