// What the server knows about each open article: its findings (analysed incrementally), its
// ledger (loaded once, reloaded when the sidecar changes on disk) and the claims joining the two.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/finding';
import { IncrementalAnalyzer } from '../analysis/incremental';
import { joinClaims } from '../ledger/join';
import type { Claim } from '../ledger/slot';
import type { SlotEdit } from '../ledger/edit';
import type { LedgerEditResult, LedgerState, LedgerStore } from '../ledger/store';
import { documentFormat } from './documentFormat';

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

  constructor(private readonly store: LedgerStore) {}

  /** Loads the ledger the first time an article is seen, then gives its state. */
  async analyse(document: TextDocument): Promise<ArticleState> {
    const articlePath = articlePathOf(document.uri);
    if (articlePath && !this.store.current(articlePath)) await this.store.load(articlePath);
    return this.stateOf(document);
  }

  /** The state for the document's current version, from what is already loaded. */
  stateOf(document: TextDocument): ArticleState {
    const articlePath = articlePathOf(document.uri);
    const ledger = articlePath ? this.store.current(articlePath) : undefined;
    const known = this.states.get(document.uri);
    if (known && known.version === document.version && known.ledger === ledger) return known;
    const text = document.getText();
    const findings = this.analyzerFor(document).update(text);
    const slots = ledger?.readable ? ledger.slots : [];
    const state: ArticleState = { version: document.version, findings, claims: joinClaims(text, findings, slots), ledger, articlePath };
    this.states.set(document.uri, state);
    return state;
  }

  /** Applies a slot edit to the article's ledger on disk. */
  edit(articlePath: string, text: string, edit: SlotEdit, creator?: string): Promise<LedgerEditResult> {
    return this.store.edit(articlePath, text, edit, creator);
  }

  /** Re-reads a sidecar changed on disk (git pull, another window). */
  async reloadLedger(articlePath: string): Promise<void> {
    await this.store.load(articlePath);
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.states.delete(uri);
    const articlePath = articlePathOf(uri);
    if (articlePath) this.store.forget(articlePath);
  }

  private analyzerFor(document: TextDocument): IncrementalAnalyzer {
    let analyzer = this.analyzers.get(document.uri);
    if (!analyzer) {
      analyzer = new IncrementalAnalyzer(documentFormat(document.languageId, document.uri));
      this.analyzers.set(document.uri, analyzer);
    }
    return analyzer;
  }
}
