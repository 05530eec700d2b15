// Drives the built language server over stdio JSON-RPC, as an editor would. Waits for the
// server's own messages (publishDiagnostics for a document version), never for fixed times.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_OPTIONS } from '../../server/src/protocol';
import type { Diagnostic, Hover, CodeAction, Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export const SERVER_BUNDLE = path.resolve(__dirname, '../../dist/server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface SessionOptions {
  /** The `factcheck` settings section to answer workspace/configuration with; none = no capability. */
  settings?: unknown;
  rootUri?: string;
  /** What the client tells the server at start (InitializationOptions), e.g. that the workspace is not trusted. */
  initializationOptions?: unknown;
  /** The editor's display language (InitializeParams.locale), as VS Code sends it. */
  locale?: string;
}

/**
 * Settings for sessions that attach web sources: the addresses in tests are made up, and a test
 * never reaches the internet, so keeping copies of sources is off (tests of it use a local server).
 */
export const OFFLINE_SETTINGS = { archiveSources: false };

export class LspSession {
  private readonly waiters: { test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  readonly published: PublishedDiagnostics[] = [];
  private versions = new Map<string, number>();
  settings: unknown;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: SessionOptions,
  ) {
    this.settings = options.settings;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i].test(params)) this.waiters.splice(i, 1)[0].resolve(params);
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
  }

  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(child, connection, options);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      initializationOptions: options.initializationOptions,
      locale: options.locale,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
      capabilities: {
        workspace: { configuration: options.settings !== undefined, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  /** Resolves with the next publish for `uri` (at `version`, when given). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishedDiagnostics> {
    return new Promise((resolve) => {
      this.waiters.push({ test: (p) => p.uri === uri && (version === undefined || p.version === version), resolve });
    });
  }

  /** Resolves with the first publish for `uri` that passes `test`, counting those since the `since`-th publish. */
  diagnosticsWhere(uri: string, test: (diagnostics: Diagnostic[]) => boolean, since = 0): Promise<PublishedDiagnostics> {
    const earlier = this.published.slice(since).find((p) => p.uri === uri && test(p.diagnostics));
    if (earlier) return Promise.resolve(earlier);
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && test(p.diagnostics), resolve }));
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<PublishedDiagnostics> {
    this.versions.set(uri, 1);
    const published = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishedDiagnostics> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

/** The text a range covers, with LSP (UTF-16) positions. */
export function textAt(text: string, range: Range): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
  }
  const offset = (p: Position) => lineStarts[p.line] + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
