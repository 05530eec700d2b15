// The CLI's JSON shape of a finding (documented in the README; version 2). Its sentence is in the
// file's `sentences` table, once; `content` gives offsets into it, not its words again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../analysis/finding';
import type { Claim, SourceRef, Staleness } from '../ledger/slot';
import type { ClaimCheck } from '../sources/claimChecks';

export interface SpanRecord {
  start: number;
  end: number;
  text: string;
}

export interface FindingRecord {
  id: string;
  kind: string;
  start: number;
  end: number;
  line: number;
  character: number;
  /** Its entry in the file's `sentences`: the sentence (or run of them) holding all its spans. */
  sentence: number;
  text: string;
  message: string;
  cue: SpanRecord | null;
  speaker: (SpanRecord & { name: string | null }) | null;
  /** What is attributed or claimed, often the whole sentence: its words are read from `sentence`. */
  content: Span | null;
  /** A quote interrupted by its attribution: each quotation, marks included (its words are in `text`); else null. */
  parts: Span[] | null;
  /** The attribution a quote took in ("said Ana Ruiz"), else null. */
  attribution: SpanRecord | null;
  /** The source the speaker's words are reported from ("according to the complaint"), else null. */
  reportedBy: { cue: SpanRecord; speaker: SpanRecord & { name: string | null } } | null;
  status: string;
  verdict: string | null;
  /** Only on a stale claim: why, what the verdict was given on, what stands now. */
  stale?: Staleness;
  sources: SourceRef[];
  /** The claim checked against its attached source documents (quotes and statistics), or null. */
  check: CheckRecord | null;
}

export interface CheckRecord {
  status: string;
  source: string;
  page: number | null;
  line: number | null;
  passage: string | null;
  edits: ClaimCheck['edits'];
  diff: ClaimCheck['diff'];
  /** Why the source could not be read, when it could not. */
  problem: string | null;
}

export function checkRecord(check: ClaimCheck | undefined): CheckRecord | null {
  if (!check) return null;
  return {
    status: check.status,
    source: check.source,
    page: check.place?.page ?? null,
    line: check.place?.line ?? null,
    passage: check.passage ?? null,
    edits: check.edits,
    diff: check.diff,
    problem: check.problem ?? null,
  };
}

function spanRecord(text: string, span: Span | undefined): SpanRecord | null {
  return span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : null;
}

export function findingRecord(document: TextDocument, claim: Claim, sentence: number, check?: ClaimCheck): FindingRecord | undefined {
  const finding = claim.finding;
  if (!finding) return undefined;
  const text = document.getText();
  const position = document.positionAt(finding.start);
  const speaker = spanRecord(text, finding.speaker);
  return {
    id: finding.id,
    kind: finding.kind,
    start: finding.start,
    end: finding.end,
    line: position.line,
    character: position.character,
    sentence,
    text: text.slice(finding.start, finding.end),
    message: finding.message,
    cue: spanRecord(text, finding.cue),
    speaker: speaker && { ...speaker, name: finding.speaker?.name ?? null },
    content: finding.content ? { start: finding.content.start, end: finding.content.end } : null,
    parts: finding.parts ? finding.parts.map((part) => ({ start: part.start, end: part.end })) : null,
    attribution: spanRecord(text, finding.attribution),
    reportedBy: finding.reportedBy ? { cue: spanRecord(text, finding.reportedBy.cue)!, speaker: { ...spanRecord(text, finding.reportedBy.speaker)!, name: finding.reportedBy.speaker.name ?? null } } : null,
    status: claim.status,
    verdict: claim.slot?.verdict ?? null,
    sources: claim.slot?.sources ?? [],
    ...(claim.stale ? { stale: { ...claim.stale } } : {}),
    check: checkRecord(check),
  };
}
