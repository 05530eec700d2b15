// LSP wiring only: the connection, open documents, and handlers that call analysis, ledger and
// the lsp/ helpers. Runs over `--stdio` (VS Code and any editor) or IPC.
import './lsp/heapGrowth';
import './lsp/inlining';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ResponseError,
  ErrorCodes,
  TextDocumentSyncKind,
  TextDocuments,
  StreamMessageWriter,
  createConnection,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { basename, dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { ClaimsChangedNotification, ClaimsRequest, KnownSourcesRequest, ReportRequest, ServerCommands, type EditSlotResult, type InitializationOptions } from './protocol';
import { renderEditorReport } from './lsp/reports';
import { AnalysisProgress } from './lsp/analysisProgress';
import { isReportFormat } from './report';
import { OpenArticles, articlePathOf, type ArticleState, type OpenArticle } from './lsp/openArticles';
import { ledgerProblemDiagnostic, notAnalysedDiagnostic, sidecarDiagnostics } from './lsp/diagnostics';
import { analysingHover, claimsHover } from './lsp/hover';
import { claimCodeActions } from './lsp/codeActions';
import { knownSources } from './lsp/knownSources';
import { dismissalNote, undoEdits } from './lsp/undoEdits';
import { claimFor, claimsAt } from './lsp/claimsAt';
import { DEFAULT_SETTINGS, parseSettings, visibleClaims, type FactcheckSettings } from './article/settings';
import { unreadableReason } from './article/readability';
import { claimSummaries } from './lsp/claimSummaries';
import { withFileEvidence } from './evidence/recordEvidence';
import { keepSourceCopy } from './lsp/sourceCopies';
import { translateSlotEdit } from './lsp/slotEdits';
import { checkEditSlotParams } from './lsp/editSlotParams';
import { LedgerStore, type LedgerState } from './ledger/store';
import { ProjectConfigs, withProjectSeverity } from './article/projectConfigs';
import type { ProjectConfigLoad } from './config/loadProjectConfig';
import { configDiagnostics } from './lsp/diagnostics';
import { articlePathForSidecar, sidecarPathFor } from './ledger/sidecarFormat';
import { PROJECT_CONFIG_FILES } from './config/projectConfig';
import { SourceCheckRunner } from './lsp/sourceCheckRunner';
import { ReadingProgress } from './lsp/readingProgress';
import { ReportRunner } from './lsp/reportRunner';
import { messageEncoder } from './lsp/diagnosticsMessage';
import { pause } from './lsp/timeSlices';

/**
 * Over --stdio the messages are encoded by messageEncoder (long articles' diagnostics are not
 * encoded anew on each keystroke); the console then goes to the client's log, as the library does
 * for its own stdio connection, so nothing else reaches stdout. Other transports as the library sets them up.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // stdin as a stream keeps the library's exit when the client goes away; the writer stands in for
  // stdout (the library takes a MessageWriter there, though its overloads only say streams).
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: messageEncoder });
  const stdio = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  const log = (write: (message: string) => void) => (...args: unknown[]) => write(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '));
  console.log = console.info = log((message) => stdio.console.log(message));
  console.debug = log((message) => stdio.console.log(message));
  console.warn = log((message) => stdio.console.warn(message));
  console.error = log((message) => stdio.console.error(message));
  return stdio;
}

const connection = connect();
const documents = new TextDocuments(TextDocument);
const projects = new ProjectConfigs();
const readingProgress = new ReadingProgress(connection);
const sourceChecks = new SourceCheckRunner({
  answered: (uris) => uris.forEach((uri) => articles.get(uri)?.pending.schedule()),
  progress: (file, done, total) => readingProgress.report(file, done, total),
});
const reports = new ReportRunner();
const articles = new OpenArticles(new LedgerStore({ workspaceOf: (articlePath) => projects.folderOf(articlePath) }), (articlePath) => projects.forArticle(articlePath), refresh);
/**
 * Per workspace folder, the broken project-file load whose problems are on screen: published once
 * per load, not on every keystroke, and cleared when the folder's project file changes.
 */
const brokenConfigs = new Map<string, Extract<ProjectConfigLoad, { ok: false }>>();
let clientHasConfiguration = false;
/** A workspace the user has not trusted gets analysis and its ledger, but nothing fetched from the web. */
let workspaceTrusted = true;
let clientCanWatchFiles = false;
let workspaceRoots: string[] = [];
/** The editor's display language, for dates in hovers and reports. */
let locale: string | undefined;

connection.onInitialize((params): InitializeResult => {
  clientHasConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceTrusted = (params.initializationOptions as InitializationOptions | undefined)?.workspaceTrusted !== false;
  locale = params.locale;
  clientCanWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  readingProgress.enabled = !!params.capabilities.window?.workDoneProgress;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceRoots = folders.flatMap((uri) => articlePathOf(uri) ?? []);
  projects.setRoots(workspaceRoots);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: Object.values(ServerCommands) },
    },
    serverInfo: { name: 'factcheck-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // Sidecars change outside the editor too (git pull, another window): watch them. So can any
  // workspace file attached as evidence, which makes the verdicts resting on it stale.
  if (clientCanWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.factcheck.json' }, { globPattern: `**/{${PROJECT_CONFIG_FILES.join(',')}}` }, { globPattern: '**/*' }],
    });
  }
});

function readSettings(uri: string): Promise<FactcheckSettings> {
  if (!clientHasConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
  return connection.workspace.getConfiguration({ scopeUri: uri, section: 'factcheck' }).then(parseSettings, () => DEFAULT_SETTINGS);
}

/** An open article's settings are read once until they change; a closed one's each time. */
function settingsFor(uri: string): Promise<FactcheckSettings> {
  const article = articles.get(uri);
  if (!article) return readSettings(uri);
  article.settings ??= readSettings(uri);
  return article.settings;
}

async function refresh(article: OpenArticle): Promise<void> {
  const { uri } = article;
  const document = documents.get(uri);
  if (!document || article.isClosed) return;
  // TextDocuments updates the document object in place, so the version this run is for is read now.
  const version = document.version;
  const settings = await settingsFor(uri);
  // A newer change arrived while the settings were read: its own run publishes.
  if (documents.get(uri)?.version !== version || article.isClosed) return;
  article.refusal = unreadableReason(document.getText(), settings.maxDocumentLength);
  if (article.refusal) {
    await connection.sendDiagnostics({ uri, version, diagnostics: [notAnalysedDiagnostic(article.refusal)] });
    return;
  }
  const progress = new AnalysisProgress(connection.window, `Fact-check: analysing ${basename(article.articlePath ?? uri)}`);
  const state = await article.analyse(document, () => documents.get(uri)?.version === version, (share) => progress.report(share)).finally(() => progress.done());
  // A newer version arrived while it was analysed: its own run publishes.
  if (!state) return;
  const current = () => documents.get(uri)?.version === version && !article.isClosed;
  const project = await projectFor(state.articlePath);
  // A newer version arrived while the ledger loaded: its own run publishes.
  if (!current()) return;
  // On a long article the checks and the diagnostics each take tens of milliseconds: other
  // requests are answered before each (and between slices of the diagnostics), and a newer
  // version stops this run.
  await pause();
  if (!current()) return;
  // Checks against source documents: those already answered show now, the rest refresh the article when they arrive.
  article.checks = sourceChecks.checksFor(uri, document.getText(), state.claims, state.articlePath);
  await pause();
  if (!current()) return;
  const diagnostics = await article.slicedDiagnostics(document, withProjectSeverity(settings, project.config), current);
  if (!diagnostics) return;
  if (state.ledger && !state.ledger.readable) diagnostics.unshift(ledgerProblemDiagnostic(state.ledger.sidecarPath, state.ledger.problems));
  if (state.ledger) await publishSidecar(article, state.ledger);
  await connection.sendDiagnostics({ uri, version, diagnostics });
  await connection.sendNotification(ClaimsChangedNotification, { uri });
}

/** The sidecar's problems (or none) on the sidecar itself, sent when its ledger was loaded anew, not on every keystroke. */
async function publishSidecar(article: OpenArticle, ledger: LedgerState): Promise<void> {
  if (article.publishedLedger === ledger) return;
  article.publishedLedger = ledger;
  await connection.sendDiagnostics({ uri: pathToFileURL(ledger.sidecarPath).href, diagnostics: ledger.readable ? [] : sidecarDiagnostics(ledger.problems) });
}

/** The article's project file, publishing its problems on the file itself when it has any. */
async function projectFor(articlePath: string | undefined) {
  const folder = projects.folderOf(articlePath);
  if (folder) {
    const load = await projects.load(folder);
    if (!load.ok && brokenConfigs.get(folder) !== load) {
      brokenConfigs.set(folder, load);
      await connection.sendDiagnostics({ uri: pathToFileURL(load.file).href, diagnostics: configDiagnostics(load.problems) });
    }
  }
  return projects.forArticle(articlePath);
}

documents.onDidOpen((event) => articles.open(event.document.uri));
documents.onDidChangeContent((change) => articles.get(change.document.uri)?.pending.schedule());
documents.onDidClose((event) => {
  articles.close(event.document.uri);
  sourceChecks.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  for (const article of articles.all()) {
    article.settings = undefined;
    article.pending.schedule();
  }
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) {
    const file = articlePathOf(change.uri);
    if (!file) continue;
    for (const uri of sourceChecks.fileChanged(file)) articles.get(uri)?.pending.schedule();
    const changedFolder = projects.invalidate(file);
    if (changedFolder) {
      const shown = brokenConfigs.get(changedFolder);
      brokenConfigs.delete(changedFolder);
      if (shown) await connection.sendDiagnostics({ uri: pathToFileURL(shown.file).href, diagnostics: [] });
      for (const article of articles.all()) if (projects.folderOf(article.articlePath) === changedFolder) article.pending.schedule();
      continue;
    }
    for (const article of articles.restingOn(file)) article.pending.schedule();
    const articlePath = articlePathForSidecar(file);
    if (!articlePath) continue;
    const article = articles.byPath(articlePath);
    if (!article) continue;
    // The watcher also reports the server's own writes: those change nothing and need no refresh.
    if (await articles.reloadLedger(articlePath)) article.pending.schedule();
  }
});

/** The article's state for its current version; undefined when it is not open or not analysed. */
function currentState(uri: string): { article: OpenArticle; document: TextDocument; state: ArticleState } | undefined {
  const document = documents.get(uri);
  const article = articles.get(uri);
  if (!document || !article || article.refusal) return undefined;
  return { article, document, state: article.stateOf(document) };
}

/** The article's state if at most a slice of analysis is left; else how far its analysis is. */
function readyState(uri: string): { article: OpenArticle; document: TextDocument; state: ArticleState } | { analysing: number } | undefined {
  const document = documents.get(uri);
  const article = articles.get(uri);
  if (!document || !article || article.refusal) return undefined;
  const ready = article.readyState(document);
  return 'state' in ready ? { article, document, state: ready.state } : ready;
}

/** The article's state for its current version, its analysis finished a slice at a time; undefined when it is not open or not analysed. */
async function settledState(uri: string): Promise<{ article: OpenArticle; document: TextDocument; state: ArticleState } | undefined> {
  const document = documents.get(uri);
  const article = articles.get(uri);
  if (!document || !article || article.refusal) return undefined;
  const state = await article.settledState(document);
  return article.refusal || article.isClosed ? undefined : { article, document, state };
}

connection.onHover(async (params) => {
  const uri = params.textDocument.uri;
  const severity = await severityOf(uri);
  const current = readyState(uri);
  if (!current) return null;
  // A long article still being analysed: say so at once rather than hold every other answer.
  if ('analysing' in current) return { contents: { kind: 'markdown', value: analysingHover(current.analysing) } };
  const offset = current.document.offsetAt(params.position);
  // Dismissed claims are hidden in the text, and kinds turned off are not shown: no hover either.
  const claims = claimsAt(visibleClaims(current.state.claims, severity), offset, offset).filter((c) => c.status !== 'dismissed');
  if (!claims.length) return null;
  const innermost = claims[0].range;
  const range = { start: current.document.positionAt(innermost.start), end: current.document.positionAt(innermost.end) };
  return { contents: claimsHover(current.document.getText(), uri, claims, { locale }, { checks: current.article.checks }), range };
});

connection.onCodeAction((params) => {
  const current = readyState(params.textDocument.uri);
  if (!current || 'analysing' in current) return [];
  return claimCodeActions(current.document, current.state.claims, params.range, params.context.diagnostics);
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== ServerCommands.editSlot) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
  const checked = checkEditSlotParams(params.arguments?.[0]);
  if (!checked.ok) throw new ResponseError(ErrorCodes.InvalidParams, checked.message);
  const edit = checked.params;
  const current = currentState(edit.uri);
  if (!current) throw new ResponseError(ErrorCodes.InvalidParams, 'Open the article first.');
  // The text the edit's offsets belong to, read before any await: the document object changes in place.
  const text = current.document.getText();
  const translated = translateSlotEdit(edit, current.state);
  if (!translated.ok) throw new ResponseError(ErrorCodes.InvalidParams, translated.message);
  const { config } = await projects.forArticle(current.state.articlePath);
  const slot = claimFor(current.state.claims, edit)?.slot;
  const articlePath = current.state.articlePath!;
  const change = await withFileEvidence(translated.edit.change, articlePath, slot, projects.folderOf(articlePath));
  const result = await current.article.edit(text, { ...translated.edit, change }, edit.creator?.trim() || config.checker);
  if (!result.ok) {
    const message = result.reason === 'unreadable' ? `The ledger ${sidecarPathFor(current.state.articlePath!)} cannot be read, so nothing was written: ${result.problems[0]?.message ?? 'unknown problem'}` : result.message;
    throw new ResponseError(ErrorCodes.InvalidRequest, message);
  }
  const slotId = result.slot?.id;
  // A dismissal's reason joins the slot's note, so the report shows why it is not a claim.
  const reason = edit.edit.type === 'dismiss' ? edit.edit.reason?.trim() : undefined;
  if (reason && slotId) {
    const noted = await current.article.edit(text, { target: { slotId }, change: { type: 'setNote', note: dismissalNote(slot?.note, reason) } }, edit.creator?.trim() || config.checker);
    if (!noted.ok) throw new ResponseError(ErrorCodes.InvalidRequest, `Dismissed, but the reason was not recorded: ${noted.reason === 'unreadable' ? 'the ledger cannot be read' : noted.message}`);
  }
  await refresh(current.article);
  const source = change.type === 'addSource' && change.source.kind === 'url' ? change.source.target : undefined;
  if (source && result.slot && workspaceTrusted && (await settingsFor(edit.uri)).archiveSources) {
    // Not awaited: the copy is fetched and recorded in the background.
    void keepSourceCopy({
      article: current.article,
      slotId: result.slot.id,
      url: source,
      workspaceFolder: projects.folderOf(articlePath) ?? dirname(articlePath),
      currentText: () => documents.get(edit.uri)?.getText(),
      progress: () => connection.window.createWorkDoneProgress(),
      refresh,
    });
  }
  const answer: EditSlotResult = { slotId };
  const undo = undoEdits(edit.edit, translated.edit, slot);
  if (undo) answer.undo = undo;
  return answer;
});

/** The severity per kind an article is shown with: the user's settings over the project file's. */
async function severityOf(uri: string): Promise<FactcheckSettings['severity']> {
  const { config } = await projects.forArticle(articlePathOf(uri));
  return withProjectSeverity(await settingsFor(uri), config).severity;
}

connection.onRequest(ClaimsRequest, async (params) => {
  const severity = await severityOf(params.uri);
  const current = await settledState(params.uri);
  if (!current) return null;
  const ledger = current.state.ledger;
  const ledgerError = ledger && !ledger.readable ? `${ledger.sidecarPath}: ${ledger.problems[0]?.message ?? 'cannot be read'}` : undefined;
  const claims = await claimSummaries(current.document, visibleClaims(current.state.claims, severity), current.article.checks);
  return { uri: params.uri, claims, ...(ledgerError ? { ledgerError } : {}) };
});

connection.onRequest(ReportRequest, (params) => {
  if (!Array.isArray(params?.uris) || !isReportFormat(params.format)) throw new ResponseError(ErrorCodes.InvalidParams, 'report needs { uris, format }');
  return renderEditorReport(params, {
    openArticle: settledState,
    projectOf: (articlePath) => projects.forArticle(articlePath),
    workspaceOf: (articlePath) => projects.folderOf(articlePath),
    severityOf,
    locale,
    now: () => new Date(),
    render: (inputs, metadata, format, options) => reports.render(inputs, metadata, format, options),
  });
});

connection.onRequest(KnownSourcesRequest, async (params) => {
  const { config } = await projects.forArticle(articlePathOf(params.uri));
  const current = currentState(params.uri);
  if (!current) return knownSources('', params.uri, [], config.knownSources);
  const claims = current.state.claims;
  const claim = claimFor(claims, params);
  return knownSources(current.document.getText(), params.uri, claims, config.knownSources, claim);
});

documents.listen(connection);
connection.listen();
