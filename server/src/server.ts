// LSP wiring only: the connection, open documents, and handlers that call analysis, ledger and
// the lsp/ helpers. Runs over IPC (VS Code) or `--stdio` (any editor).
import {
  CodeActionKind,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClaimsChangedNotification, ClaimsRequest, ServerCommands, type ClaimsParams, type ClaimsResult } from './protocol';
import { analyseArticle, openClaims, type ArticleState } from './lsp/articleState';
import { claimDiagnostics, DIAGNOSTIC_SOURCE } from './lsp/diagnostics';
import { claimHover } from './lsp/hover';
import { claimCodeActions } from './lsp/codeActions';
import { AnalysisScheduler } from './lsp/scheduler';
import { DEFAULT_SETTINGS, parseSettings, type FactcheckSettings } from './lsp/settings';
import { unreadableReason } from './lsp/readability';
import { claimSummaries } from './lsp/claimSummaries';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const articles = new Map<string, ArticleState>();
const settingsCache = new Map<string, Promise<FactcheckSettings>>();
let clientHasConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  clientHasConfiguration = !!params.capabilities.workspace?.configuration;
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

function settingsFor(uri: string): Promise<FactcheckSettings> {
  if (!clientHasConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'factcheck' })
      .then(parseSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, settings);
  }
  return settings;
}

async function refresh(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const settings = await settingsFor(uri);
  if (documents.get(uri)?.version !== document.version) return;
  const refusal = unreadableReason(document.getText(), settings.maxDocumentLength);
  const findings = refusal ? [] : analyseArticle(document);
  const state: ArticleState = { version: document.version, findings, claims: openClaims(findings), refusal };
  articles.set(uri, state);
  const diagnostics: Diagnostic[] = refusal
    ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: 'not-analysed', message: refusal }]
    : claimDiagnostics(document, state.claims, settings);
  await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  await connection.sendNotification(ClaimsChangedNotification, { uri } satisfies ClaimsParams);
}

const scheduler = new AnalysisScheduler(refresh);

documents.onDidChangeContent((change) => scheduler.schedule(change.document.uri));
documents.onDidClose((event) => {
  scheduler.cancel(event.document.uri);
  articles.delete(event.document.uri);
  settingsCache.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const document of documents.all()) scheduler.schedule(document.uri);
});

/** The article state, analysed now if the pending run has not happened yet. */
function currentState(uri: string): { document: TextDocument; state: ArticleState } | undefined {
  const document = documents.get(uri);
  if (!document) return undefined;
  let state = articles.get(uri);
  if (!state || state.version !== document.version) {
    const findings = analyseArticle(document);
    state = { version: document.version, findings, claims: openClaims(findings) };
  }
  return { document, state };
}

connection.onHover((params) => {
  const current = currentState(params.textDocument.uri);
  if (!current) return null;
  const offset = current.document.offsetAt(params.position);
  const claim = current.state.claims
    .filter((c) => c.finding && c.status !== 'dismissed' && c.range.start <= offset && offset <= c.range.end)
    .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start))[0];
  if (!claim) return null;
  const range = { start: current.document.positionAt(claim.range.start), end: current.document.positionAt(claim.range.end) };
  return { contents: claimHover(current.document.getText(), params.textDocument.uri, claim), range };
});

connection.onCodeAction((params) => {
  const current = currentState(params.textDocument.uri);
  if (!current) return [];
  return claimCodeActions(current.document, current.state.claims, params.range, params.context.diagnostics);
});

connection.onRequest(ClaimsRequest, (params: ClaimsParams): ClaimsResult | null => {
  const current = currentState(params.uri);
  if (!current) return null;
  return { uri: params.uri, claims: claimSummaries(current.document, current.state.claims) };
});

documents.listen(connection);
connection.listen();
