// What crosses the wire between the client and the server: commands, typed requests and
// notifications, their payloads, and the vocabulary they use. Defined once here and imported by
// both sides. The client bundles this file: it imports no server module but the vocabulary.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ClaimStatus, SourceCheckStatus, ReportFormat, SourceKind, StaleReason, Verdict } from './vocabulary';

export * from './vocabulary';

/**
 * Commands the client registers: they ask the user for input (a URL, a verdict), then call the
 * matching server command. Hovers and code actions link to these, and only to these.
 */
export const ClientCommands = {
  attachSource: 'factcheck.attachSource',
  setVerdict: 'factcheck.setVerdict',
  addNote: 'factcheck.addNote',
  dismiss: 'factcheck.dismiss',
  reopen: 'factcheck.reopen',
  confirmVerdict: 'factcheck.confirmVerdict',
  reattach: 'factcheck.reattachSlot',
  deleteSlot: 'factcheck.deleteSlot',
  exportReport: 'factcheck.exportReport',
  previewReport: 'factcheck.previewReport',
  showClaims: 'factcheck.showClaims',
  revealClaim: 'factcheck.revealClaim',
  useSourceFor: 'factcheck.useSourceFor',
  dismissAll: 'factcheck.dismissAll',
  nextClaim: 'factcheck.nextOpenClaim',
  previousClaim: 'factcheck.previousOpenClaim',
  undo: 'factcheck.undoLastEdit',
  openSource: 'factcheck.openSource',
} as const;

/** "Use this source for …": one source attached to several claims in one step. */
export interface UseSourceArgs {
  uri: string;
  source: { kind: SourceKind; target: string; title?: string };
  claims: FindingRef[];
  /** What the claims are, for the confirmation: "the whole sentence", "this claim". */
  scope: string;
}

/** "Dismiss all of this kind in this file". */
export interface DismissAllArgs {
  uri: string;
  kind: string;
  claims: FindingRef[];
}

/** Where the hover's link opens a source document: a file URI and the passage's line (and page). */
export interface OpenSourceParams {
  uri: string;
  line: number;
  page?: number;
}

/** Commands the server executes (workspace/executeCommand); they change the ledger. */
export const ServerCommands = {
  editSlot: 'factcheck.server.editSlot',
} as const;

/** Identifies a claim in a document: by its finding, or by its slot when orphaned. */
export interface FindingRef {
  uri: string;
  findingId?: string;
  slotId?: string;
}

/** One change to a source slot, applied by the server to the article's ledger. */
export type SlotEdit =
  | { type: 'addSource'; source: { kind: SourceKind; target: string; title?: string; excerpt?: string } }
  /** Without a verdict: withdraws the slot's verdict (what undoing a first verdict does). */
  | { type: 'setVerdict'; verdict?: Verdict }
  | { type: 'setNote'; note: string }
  /** `reason`: why it is not a claim, kept in the slot's note and shown in the report. */
  | { type: 'dismiss'; reason?: string }
  /** Takes a source off the slot again, by its target as the ledger records it. */
  | { type: 'removeSource'; target: string }
  /** The verdict holds for the claim's words (and evidence) as they stand now. */
  | { type: 'confirm' }
  | { type: 'reopen' }
  | { type: 'delete' }
  | { type: 'reattach'; findingId: string };

export interface EditSlotParams extends FindingRef {
  edit: SlotEdit;
  /** Who records it (the checker's name), for the slot's creator. */
  creator?: string;
}

/** What editSlot answers: the slot it changed, and the edits that would put it back as it was. */
export interface EditSlotResult {
  slotId?: string;
  /** Applied in order to `slotId` by the client's Undo; absent when the edit cannot be undone. */
  undo?: SlotEdit[];
}

export interface ClaimsParams {
  uri: string;
}
export interface ClaimSummary {
  findingId?: string;
  slotId?: string;
  kind: string;
  status: ClaimStatus;
  /** 0-based LSP range of the claim in the current text (the top of the file when orphaned). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  /** What the claim says, as a label: an attribution's content, a quote's words, a figure; short. */
  words?: string;
  /** Who the claim is credited to: the resolved name, or the speaker as named in the text. */
  speaker?: string;
  /** As read from the sidecar: a verdict this build does not know is passed on as written. */
  verdict?: string;
  /** When `status` is `stale`: why, and what the verdict was given on against what stands now. */
  stale?: { reason: StaleReason; was: string; now: string; source?: string };
  /** The claim checked against its source documents: the status, and one line saying what was found. */
  check?: { status: SourceCheckStatus; summary: string };
}
export interface ClaimsResult {
  uri: string;
  claims: ClaimSummary[];
  /** Why the ledger is read-only, when its sidecar could not be parsed. */
  ledgerError?: string;
}

/** The claims of one open article, for the claims view and status bar (null: not open). */
export const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult | null, void>('factcheck/claims');

/** The server republished an article's claims. */
export const ClaimsChangedNotification = new NotificationType<ClaimsParams>('factcheck/claimsChanged');

export interface ReportParams {
  /** Articles by URI: open ones as in the editor, the rest as on disk. */
  uris: string[];
  format: ReportFormat;
  /** Who signs the report. */
  checker?: string;
  /** For HTML shown in a webview: the nonce its stylesheet carries under the webview's CSP. */
  nonce?: string;
}
export interface ReportResult {
  content: string;
  /** Articles left out or shown without their slots, and why. */
  problems: string[];
}

/** Renders the fact-check report of one or more articles. */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('factcheck/report');

/** Where a known source comes from: the claim's own sentence, elsewhere in the article, the project file. */
export type KnownSourceOrigin = 'sentence' | 'article' | 'project';

export interface KnownSource {
  name: string;
  /** A web address, or for a workspace file its file: URI. */
  url: string;
  /** `url` when absent (the project file names web sources only). */
  kind?: SourceKind;
  origin?: KnownSourceOrigin;
  /** How many claims of the article it is attached to. */
  uses?: number;
}

export interface KnownSourcesParams extends ClaimsParams {
  /** The claim the source is for: sources of its sentence and sources it names come first. */
  findingId?: string;
  slotId?: string;
}

/** Sources to offer first: those attached in the article, then the project file's, best match to the claim on top. */
export const KnownSourcesRequest = new RequestType<KnownSourcesParams, KnownSource[], void>('factcheck/knownSources');

/** What the client tells the server when it starts it. */
export interface InitializationOptions {
  /** False in a workspace the user has not trusted: nothing is fetched from the web (no web copies). */
  workspaceTrusted?: boolean;
}

/**
 * Node options whoever starts the server gives it (the client, the `factcheck-language-server`
 * command, the benchmark, the protocol tests). Typing in a long article makes tens of megabytes of
 * short-lived garbage a second (each publish's message above all); V8 lets the young generation
 * that holds it grow to 16 MB a semi-space, which shows as RSS. 8 MB keeps a 126k-word article under
 * 150 MB for about 9 % more CPU a keystroke; 4 MB cost about a quarter. V8 sizes the young generation
 * when the process starts: unlike `--heap-growing-percent` (lsp/heapGrowth.ts), it cannot be set from inside.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=8'];
