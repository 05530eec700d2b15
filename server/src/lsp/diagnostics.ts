// Claims -> LSP diagnostics: one per finding (dismissed ones hidden), named by its own words,
// severity from the settings, and one at the top of the file for every orphaned source slot.
// Findings on the same words are then joined into one (spanDiagnostics.ts).
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FINDING_KINDS, type Finding, type SpeakerSpan } from '../analysis/finding';
import type { TextChange } from '../analysis/engine/textChange';
import type { Claim } from '../ledger/slot';
import { staleMessage } from '../ledger/staleMessage';
import type { FactcheckSettings, SeverityName } from '../article/settings';
import { abbreviate } from './markdownText';
import { claimRow, quoteWords } from '../report/claimWords';
import { KIND_LABELS } from '../report/labels';
import { visibleText } from '../report/visibleText';
import type { ClaimCheck } from '../sources/claimChecks';
import { checkedMessage, checkedSeverity } from './sourceChecks';
import { onePerSpan, type ClaimDiagnostic } from './spanDiagnostics';
import { sameButData } from './diagnosticsMessage';
import { finish } from '../analysis/steps';

/** Claims' checks against their source documents, by finding id. */
export type SourceChecksById = ReadonlyMap<string, ClaimCheck>;

export const DIAGNOSTIC_SOURCE = 'factcheck';
export const ORPHANED_CODE = 'orphaned-slot';
export const LEDGER_UNREADABLE_CODE = 'ledger-unreadable';

/** Claims built into diagnostics between two yields of buildSteps: a millisecond or two of new ones. */
const STEP = 64;

/** Where diagnostics about the whole file sit: its very start. */
const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** What the client and code actions need to find a diagnostic's claim again. */
export interface DiagnosticData {
  findingId?: string;
  slotId?: string;
}

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * One document's diagnostics from its previous publish, to reuse on the next, given how the text
 * changed since (the incremental analyzer's change, composed over the updates in between). The engine hands
 * back the same Finding objects, in the same order, for the paragraphs before an edit: their
 * diagnostics are the same while the text before everything they read (lines and columns count
 * from the top) and the severities are unchanged. After the edit the findings are the previous
 * ones moved with the text: on the lines after the edit only their line numbers change (ids name
 * the words, not where they stand), and on the same lines nothing does.
 * The claims are walked in step with the previous publish's (both sorted by position) from each
 * end until the first that differs, so reuse costs comparisons, no lookups. Only claims with no
 * source slot are reused: a slot's verdict and status change on their own.
 */
export class DiagnosticCache {
  private lineCount = 0;
  private severities: FactcheckSettings['severity'] | undefined;
  private findings: (Finding | undefined)[] = [];
  private diagnostics: (Diagnostic | undefined)[] = [];

  /** Diagnostics for the claims, reusing the previous publish's where the claims did not change. */
  build(document: TextDocument, claims: Claim[], settings: FactcheckSettings, change: TextChange, checks?: SourceChecksById): Diagnostic[] {
    return finish(this.buildSteps(document, claims, settings, change, checks));
  }

  /**
   * build() a step at a time, yielding 1 after every STEP claims: a long article's first build
   * makes a thousand diagnostics. What it reuses is read at its start and what it built is kept
   * at its end, so a build dropped half-way leaves the cache as the previous publish left it.
   */
  *buildSteps(document: TextDocument, claims: Claim[], settings: FactcheckSettings, change: TextChange, checks?: SourceChecksById): Generator<number, Diagnostic[], void> {
    const same = this.severities !== undefined && sameSeverities(this.severities, settings.severity);
    const unchangedUpTo = same ? change.unchangedPrefix : -1;
    const tail = same ? this.movedTail(document, claims, change) : { from: claims.length, by: 0, lines: 0 };
    const previous = { findings: this.findings, diagnostics: this.diagnostics };
    // Sized once: grown by push, the lists of a 20k-word article were copied a dozen times a keystroke.
    const findings = new Array<Finding | undefined>(claims.length);
    const built = new Array<Diagnostic | undefined>(claims.length);
    const entries: ClaimDiagnostic[] = [];
    let reusing = true;
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i];
      const finding = claim.slot ? undefined : claim.finding;
      reusing = reusing && finding !== undefined && finding === previous.findings[i] && readUpTo(finding) <= unchangedUpTo;
      findings[i] = finding;
      const diagnostic = reusing
        ? previous.diagnostics[i]
        : i >= tail.from
          ? moveDiagnostic(previous.diagnostics[i - claims.length + previous.findings.length], finding!.id, tail.lines)
          : claimDiagnostic(document, claim, settings, checks);
      built[i] = diagnostic;
      if (diagnostic) entries.push({ diagnostic, claim });
      if (i % STEP === STEP - 1) yield 1;
    }
    this.lineCount = document.lineCount;
    this.severities = settings.severity;
    this.findings = findings;
    this.diagnostics = built;
    return onePerSpan(entries);
  }

  /**
   * Where the claims that only moved with the text begin: walking back from the end, each finding
   * is the previous publish's one at the same distance from the end, moved by the change in length,
   * and everything it reads lies on the lines after the edit.
   */
  private movedTail(document: TextDocument, claims: Claim[], change: TextChange): { from: number; by: number; lines: number } {
    const by = change.length - change.previousLength;
    const editEnd = change.length - change.unchangedSuffix;
    const line = document.positionAt(editEnd).line + 1;
    const shiftedFrom = line < document.lineCount ? document.offsetAt({ line, character: 0 }) : change.length + 1;
    let from = claims.length;
    for (let j = this.findings.length - 1; from > 0 && j >= 0; j--) {
      const claim = claims[from - 1];
      const finding = claim.slot ? undefined : claim.finding;
      const before = this.findings[j];
      if (!finding || !before || readFrom(finding) < shiftedFrom || !movedBy(before, finding, by)) break;
      from--;
    }
    return { from, by, lines: document.lineCount - this.lineCount };
  }
}

function sameSeverities(a: FactcheckSettings['severity'], b: FactcheckSettings['severity']): boolean {
  return a === b || FINDING_KINDS.every((kind) => a[kind] === b[kind]);
}

/**
 * Where what a finding's diagnostic reads of the text begins and ends: its range, the words its
 * row quotes (content), its speaker and where the speaker was named.
 */
function readFrom(finding: Finding): number {
  const { content, speaker, speakerMention } = finding;
  return Math.min(finding.start, content?.start ?? Infinity, speaker?.start ?? Infinity, speakerMention?.start ?? Infinity);
}

function readUpTo(finding: Finding): number {
  const { content, speaker, speakerMention } = finding;
  return Math.max(finding.end, content?.end ?? -Infinity, speaker?.end ?? -Infinity, speakerMention?.end ?? -Infinity);
}

function spanMovedBy(before: SpeakerSpan | undefined, after: SpeakerSpan | undefined, by: number): boolean {
  if (!before || !after) return before === after;
  return after.start === before.start + by && after.end === before.end + by && after.name === before.name;
}

/** The same finding, as far as its diagnostic shows, moved by `by`. */
function movedBy(before: Finding, after: Finding, by: number): boolean {
  return (
    after.kind === before.kind &&
    after.message === before.message &&
    after.start === before.start + by &&
    after.end === before.end + by &&
    spanMovedBy(before.content, after.content, by) &&
    spanMovedBy(before.speaker, after.speaker, by) &&
    spanMovedBy(before.speakerMention, after.speakerMention, by)
  );
}

function moveRange(range: Range, lines: number): Range {
  if (!lines) return range;
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

/**
 * A diagnostic of a finding that moved down (or up) by `lines` whole lines, under its id: the same
 * diagnostic when neither changed (a finding's id names its words, not where they stand).
 */
function moveDiagnostic(diagnostic: Diagnostic | undefined, findingId: string, lines: number): Diagnostic | undefined {
  if (!diagnostic) return undefined;
  const known = diagnostic.data as DiagnosticData | undefined;
  const sameId = known?.findingId === findingId && known.slotId === undefined;
  if (!lines && sameId) return diagnostic;
  const data: DiagnosticData = sameId ? known : { findingId, slotId: undefined };
  const related = diagnostic.relatedInformation;
  const moved: Diagnostic = {
    range: moveRange(diagnostic.range, lines),
    severity: diagnostic.severity,
    code: diagnostic.code,
    source: diagnostic.source,
    message: diagnostic.message,
    data,
    relatedInformation: lines && related ? related.map((info) => ({ location: { uri: info.location.uri, range: moveRange(info.location.range, lines) }, message: info.message })) : related,
  };
  // On the same lines, only the id differs: its JSON is the previous one's but for `data`.
  if (!lines) sameButData(moved, diagnostic);
  return moved;
}

function claimDiagnostic(document: TextDocument, claim: Claim, settings: FactcheckSettings, checks?: SourceChecksById): Diagnostic | undefined {
  return claim.status === 'orphaned' ? orphanDiagnostic(claim) : findingDiagnostic(document, claim, settings, checks?.get(claim.finding?.id ?? ''));
}

export function claimDiagnostics(document: TextDocument, claims: Claim[], settings: FactcheckSettings): Diagnostic[] {
  const entries: ClaimDiagnostic[] = [];
  for (const claim of claims) {
    const diagnostic = claimDiagnostic(document, claim, settings);
    if (diagnostic) entries.push({ diagnostic, claim });
  }
  return onePerSpan(entries);
}

/** The severity a claim's diagnostic is shown with; undefined when it has none (dismissed, kind off). */
export function claimSeverity(claim: Claim, settings: FactcheckSettings, check?: ClaimCheck): DiagnosticSeverity | undefined {
  if (claim.status === 'orphaned') return claim.slot ? DiagnosticSeverity.Warning : undefined;
  const kind = claim.finding?.kind ?? claim.slot?.kind;
  if (!kind || claim.status === 'dismissed') return undefined;
  const kindSeverity = settings.severity[kind];
  if (kindSeverity === 'off') return undefined;
  const shown = claim.status === 'resolved' ? settings.resolvedSeverity : kindSeverity;
  return shown === 'off' ? undefined : checkedSeverity(SEVERITY[shown], check);
}

/** A claim on the text: a finding, or a slot whose kind the detector no longer reports there. */
function findingDiagnostic(document: TextDocument, claim: Claim, settings: FactcheckSettings, check?: ClaimCheck): Diagnostic | undefined {
  const kind = claim.finding?.kind ?? claim.slot?.kind;
  const severity = claimSeverity(claim, settings, check);
  if (!kind || severity === undefined) return undefined;
  const data: DiagnosticData = { findingId: claim.finding?.id, slotId: claim.slot?.id };
  const verdict = claim.status === 'resolved' && claim.slot?.verdict ? `Resolved (${claim.slot.verdict}): ` : '';
  const text = document.getText();
  const row = claim.finding
    ? claimRow(text, claim.finding)
    : `${KIND_LABELS[kind]}: ${quoteWords(text.slice(claim.range.start, claim.range.end))} — recorded in the ledger, no longer detected here`;
  // A stale verdict nags at the kind's open severity, saying what changed.
  const message = claim.stale ? `Stale verdict: ${staleMessage(claim.slot?.verdict, claim.stale)}. ${row}` : row;
  return {
    range: { start: document.positionAt(claim.range.start), end: document.positionAt(claim.range.end) },
    severity,
    code: kind,
    source: DIAGNOSTIC_SOURCE,
    message: visibleText(checkedMessage(verdict + message, check)),
    data,
    relatedInformation: speakerInformation(document, claim),
  };
}

/**
 * A quote points to its speaker; any finding whose speaker is a pronoun or continuation ("he
 * added") points to where the speaker was named. Attributions that name their speaker themselves
 * get no pointer: on long articles every extra field weighs on each republish.
 */
function speakerInformation(document: TextDocument, claim: Claim): DiagnosticRelatedInformation[] | undefined {
  const speaker = claim.finding?.speaker;
  const mention = claim.finding?.speakerMention ?? (claim.finding?.kind === 'quote' ? speaker : undefined);
  if (!speaker || !mention) return undefined;
  const named = document.getText().slice(mention.start, mention.end);
  return [
    {
      location: {
        uri: document.uri,
        range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
      },
      message: visibleText(`Speaker: ${speaker.name ?? named}`),
    },
  ];
}

function orphanDiagnostic(claim: Claim): Diagnostic | undefined {
  const slot = claim.slot;
  if (!slot) return undefined;
  const data: DiagnosticData = { slotId: slot.id };
  return {
    range: TOP,
    severity: DiagnosticSeverity.Warning,
    code: ORPHANED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `Orphaned source slot (${slot.kind}): its claim "${visibleText(abbreviate(slot.anchor.exact, 80))}" is no longer in the text. Re-attach it to a claim or delete it.`,
    data,
  };
}

/** Why a document is not analysed (too long, binary), in place of its findings. */
export function notAnalysedDiagnostic(reason: string): Diagnostic {
  return { range: TOP, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: 'not-analysed', message: reason };
}

/** Problems in a sidecar that cannot be parsed, shown at the top of the article. */
export function ledgerProblemDiagnostic(sidecarPath: string, problems: { line: number; character: number; message: string }[]): Diagnostic {
  const first = problems[0];
  const where = first ? ` (line ${first.line + 1}, column ${first.character + 1}: ${first.message})` : '';
  const more = problems.length > 1 ? ` and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}` : '';
  return {
    range: TOP,
    severity: DiagnosticSeverity.Error,
    code: LEDGER_UNREADABLE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `The ledger ${sidecarPath} cannot be read${where}${more}. It is left untouched and resolving is refused for this article until it is fixed.`,
  };
}

/** The same problems on the sidecar itself, each where it is. */
export function sidecarDiagnostics(problems: { line: number; character: number; message: string }[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: LEDGER_UNREADABLE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
}

/** Problems in a workspace folder's project file, on the file itself. */
export function configDiagnostics(problems: { line: number; character: number; key?: string; message: string }[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: 'project-config',
    source: DIAGNOSTIC_SOURCE,
    message: `${problem.key ? `${problem.key}: ` : ''}${problem.message} (the defaults apply until it is fixed)`,
  }));
}
