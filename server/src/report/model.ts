// The report model: one article's (or a workspace's) findings joined with their source slots,
// located in the text and counted. Every renderer reads this and nothing else, and the JSON
// format is this object as it stands, so its shape is documented in docs/report-format.md.
import type { ClaimCheck } from '../sources/claimChecks';
import { checkSummary } from '../sources/checkSummary';
import type { AllowedEdit, DiffPart } from '../sourceCheck/sourceCheck';
import type { SourceCheckStatus } from '../vocabulary';
import { FINDING_KINDS, type FindingKind, type Span } from '../analysis/finding';
import type { DocumentFormat } from '../analysis/prose/prose';
import type { Claim, ClaimStatus, JudgedWords, SourceRef, Staleness, Verdict } from '../ledger/slot';
import { articleTitle, countWords, LineIndex } from './articleFacts';
import { CLAIM_STATUSES, summarise, type ReportSummary } from './summary';
import { readiness, type Readiness } from './readiness';
import { excerpt } from './excerpt';

/** Bump when a field changes meaning or disappears; adding a field does not bump it. */
export const REPORT_MODEL_VERSION = 2;

export interface ReportArticleInput {
  /** As shown to the reader, usually relative to the workspace root. */
  path: string;
  text: string;
  format: DocumentFormat;
  claims: readonly Claim[];
  /** Claims' checks against their source documents, by finding id, where they were run. */
  checks?: ReadonlyMap<string, ClaimCheck>;
}

/** A claim's check against its source documents, with the passage it rests on. */
export interface ReportCheck {
  status: SourceCheckStatus;
  source: string;
  /** One line saying what was found ("differs from statement.pdf (page 2, line 1): drops “not”"). */
  summary: string;
  page?: number;
  line?: number;
  passage?: string;
  edits: AllowedEdit[];
  diff: DiffPart[];
  problem?: string;
}

/** What the project config says about one article, keyed by its path in `ReportMetadata.articles`. */
export interface ArticleMetadata {
  /** Where the article is (or will be) published; the ClaimReview `appearance`. */
  url?: string;
  /** ISO 8601 date the article was published, when known. */
  published?: string;
}

export interface Organisation {
  name: string;
  url?: string;
}

export interface ReportMetadata {
  /** ISO 8601 date-time the report was made; passed in so that rendering never reads the clock. */
  generated: string;
  /** Who checked: the person signing the report. */
  checker?: string;
  /** The fact-checking organisation, from the project config. */
  organisation?: Organisation;
  articles?: Readonly<Record<string, ArticleMetadata>>;
}

export interface ReportSpeaker {
  /** The words in the text ("he", "the minister"). */
  text: string;
  /** Who they resolve to ("Ana Ruiz"), when the detector knows. */
  name?: string;
}

export interface ReportEntry {
  /** 1-based, in text order within the article; orphaned slots come last. */
  number: number;
  status: ClaimStatus;
  kind: FindingKind;
  findingId?: string;
  slotId?: string;
  /** UTF-16 offsets into the article text; absent for orphaned slots, whose text is gone. */
  start?: number;
  end?: number;
  /** 1-based line and column (column in UTF-16 code units) of `start`; absent when orphaned. */
  line?: number;
  column?: number;
  /** The words of the finding as they stand in the article (an orphan: as the slot last saw them). */
  text: string;
  message?: string;
  cue?: string;
  speaker?: ReportSpeaker;
  /**
   * What is attributed or claimed: whole up to EXCERPT_LIMIT characters, else the part around the
   * finding's words, "…" where cut (a sentence of a thousand figures is not copied a thousand times).
   */
  content?: string;
  /** UTF-16 offsets of the whole claim in the article's `text`. */
  contentStart?: number;
  contentEnd?: number;
  /**
   * A quote its attribution interrupts (“…,” she said, “…”): each quotation's words, marks
   * included; a content its attribution interrupts ("The pier, she said, will close"): its parts.
   */
  parts?: string[];
  verdict?: Verdict;
  /** The words the verdict was given on, who gave or last confirmed it, and when. */
  judged?: JudgedWords;
  /** Present exactly when `status` is `stale`: what the verdict was given on, and what stands now. */
  stale?: Staleness;
  sources: SourceRef[];
  check?: ReportCheck;
  note?: string;
  creator?: string;
  created?: string;
  modified?: string;
}

export interface ReportArticle {
  path: string;
  title: string;
  format: DocumentFormat;
  url?: string;
  published?: string;
  wordCount: number;
  /** The article's text, so the HTML report can show each finding in place. */
  text: string;
  summary: ReportSummary;
  /** Ready for sign-off, or what stands in the way. */
  readiness: Readiness;
  entries: ReportEntry[];
}

export interface ReportModel {
  report: 'factcheck-report';
  version: typeof REPORT_MODEL_VERSION;
  generated: string;
  checker?: string;
  organisation?: Organisation;
  /** Counts over every article together. */
  summary: ReportSummary;
  readiness: Readiness;
  articles: ReportArticle[];
}

export function buildReportModel(articles: readonly ReportArticleInput[], metadata: ReportMetadata): ReportModel {
  const built = articles.map((article) => buildArticle(article, ownEntry(metadata.articles, article.path)));
  const model: ReportModel = {
    report: 'factcheck-report',
    version: REPORT_MODEL_VERSION,
    generated: metadata.generated,
    summary: summarise(built.flatMap((article) => article.entries)),
    readiness: readiness(built.flatMap((article) => article.entries)),
    articles: built,
  };
  if (metadata.checker !== undefined) model.checker = metadata.checker;
  if (metadata.organisation !== undefined) model.organisation = { ...metadata.organisation };
  return model;
}

function buildArticle(input: ReportArticleInput, metadata: ArticleMetadata | undefined): ReportArticle {
  const lines = new LineIndex(input.text);
  const entries = orderClaims(input.claims).map((claim, index) => buildEntry(claim, index + 1, input.text, lines, input.checks));
  const article: ReportArticle = {
    path: input.path,
    title: articleTitle(input.text, input.format, input.path),
    format: input.format,
    wordCount: countWords(input.text, input.format),
    text: input.text,
    summary: summarise(entries),
    readiness: readiness(entries),
    entries,
  };
  if (metadata?.url !== undefined) article.url = metadata.url;
  if (metadata?.published !== undefined) article.published = metadata.published;
  return article;
}

/** Text order, outer before inner when two start together; orphans (no place in the text) last. */
function orderClaims(claims: readonly Claim[]): Claim[] {
  const placed = claims.filter((claim) => claim.status !== 'orphaned');
  const orphans = claims.filter((claim) => claim.status === 'orphaned');
  placed.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  return [...placed, ...orphans];
}

function buildEntry(claim: Claim, number: number, text: string, lines: LineIndex, checks?: ReadonlyMap<string, ClaimCheck>): ReportEntry {
  const { finding, slot } = claim;
  const kind = finding?.kind ?? slot?.kind;
  if (!kind) throw new Error(`Claim ${number} has neither a finding nor a source slot`);
  // A slot read from disk could name anything; the report's tables only know these.
  if (!(FINDING_KINDS as readonly string[]).includes(kind)) throw new Error(`Claim ${number} has an unknown kind: ${JSON.stringify(kind)}`);
  if (!CLAIM_STATUSES.includes(claim.status)) throw new Error(`Claim ${number} has an unknown status: ${JSON.stringify(claim.status)}`);
  const entry: ReportEntry = { number, status: claim.status, kind, text: '', sources: [] };
  if (claim.stale) entry.stale = { ...claim.stale };
  if (finding) entry.findingId = finding.id;
  if (slot) entry.slotId = slot.id;
  if (claim.status === 'orphaned') {
    entry.text = slot?.anchor.exact ?? '';
  } else {
    const { start, end } = within(text, claim.range);
    const position = lines.positionAt(start);
    Object.assign(entry, { start, end, line: position.line, column: position.column, text: text.slice(start, end) });
  }
  if (finding) {
    entry.message = finding.message;
    if (finding.cue) entry.cue = sliceOf(text, finding.cue);
    if (finding.speaker) {
      entry.speaker = { text: sliceOf(text, finding.speaker) };
      if (finding.speaker.name !== undefined) entry.speaker.name = finding.speaker.name;
    }
    if (finding.content) {
      const content = within(text, finding.content);
      Object.assign(entry, { content: excerpt(text, content, within(text, finding)), contentStart: content.start, contentEnd: content.end });
    }
    if (finding.parts) entry.parts = finding.parts.map((part) => sliceOf(text, part));
  }
  if (slot) {
    entry.sources = slot.sources.map((source) => ({ ...source }));
    if (slot.verdict !== undefined) entry.verdict = slot.verdict;
    if (slot.judged) entry.judged = { ...slot.judged };
    if (slot.note !== undefined) entry.note = slot.note;
    if (slot.creator !== undefined) entry.creator = slot.creator;
    entry.created = slot.created;
    entry.modified = slot.modified;
  }
  const check = finding && checks?.get(finding.id);
  if (check) entry.check = reportCheck(check);
  return entry;
}

function reportCheck(check: ClaimCheck): ReportCheck {
  const out: ReportCheck = { status: check.status, source: check.source, summary: checkSummary(check), edits: check.edits.map((e) => ({ ...e })), diff: check.diff.map((d) => ({ ...d })) };
  if (check.place?.page !== undefined) out.page = check.place.page;
  if (check.place) out.line = check.place.line;
  if (check.passage !== undefined) out.passage = check.passage;
  if (check.problem !== undefined) out.problem = check.problem;
  return out;
}

function sliceOf(text: string, span: Span): string {
  const { start, end } = within(text, span);
  return text.slice(start, end);
}

/** The span kept inside the text and the right way round: offsets from a ledger may be anything. */
function within(text: string, span: Span): Span {
  const start = clamp(span.start, text.length);
  return { start, end: Math.max(start, clamp(span.end, text.length)) };
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(offset) || 0), length);
}

/** A config keyed by path must not hand back `__proto__` or other inherited members. */
function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
