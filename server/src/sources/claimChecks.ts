// Which source documents each claim is checked against, and the one result it shows: the
// workspace files attached to its slot (never one refused as outside the workspace) and the kept
// copies of its web sources, each asked the claim's question, the best answer kept (verbatim
// before allowed edits before differs before not found).
import { evidencePath } from '../evidence/fileEvidence';
import type { Claim, SourceRef } from '../ledger/slot';
import { betterCheck, type SourceCheck } from '../sourceCheck/sourceCheck';
import { checkQueryOf, type CheckQuery } from './checkQuery';

/** A claim's check against one of its source documents, naming it as the slot records it. */
export interface ClaimCheck extends SourceCheck {
  /** The source as recorded in the slot: a path relative to the article's folder, or a web address. */
  source: string;
  /** The document read: the file, or the web source's kept copy. */
  path: string;
  /** Why the source could not be checked (unreadable, encrypted…); the status is then not-found. */
  problem?: string;
}

/** One source document a claim is checked against. */
export interface CheckWant {
  findingId: string;
  source: string;
  path: string;
  query: CheckQuery;
}

/** What the claims ask, source by source. */
export function checkWants(text: string, claims: Claim[], articlePath: string | undefined): CheckWant[] {
  const wants: CheckWant[] = [];
  if (!articlePath) return wants;
  // Called on every keystroke over every claim, most of them without a slot: a loop, no arrays per claim.
  for (const claim of claims) {
    const { finding, slot } = claim;
    if (!finding || !slot?.sources.length || claim.status === 'dismissed' || claim.status === 'orphaned') continue;
    const query = checkQueryOf(text, finding);
    if (!query) continue;
    for (const source of slot.sources) {
      const document = documentOf(source);
      if (document) wants.push({ findingId: finding.id, source: source.target, path: evidencePath(articlePath, document), query });
    }
  }
  return wants;
}

/** Kept copies in these formats are read; others (images, data) hold no passage to find. */
const READABLE_COPY = /\.(html|pdf|txt)$/;

/** The document a source is read from, relative to the article's folder, if any. */
function documentOf(source: SourceRef): string | undefined {
  if (source.refused !== undefined) return undefined;
  if (source.kind === 'file') return source.target;
  const copy = source.archive && 'cached' in source.archive ? source.archive.cached : undefined;
  return copy && READABLE_COPY.test(copy) ? copy : undefined;
}

/** An answer for one want: a check, null (nothing to check), a problem, or undefined (not known yet). */
export type Answer = SourceCheck | null | { problem: string } | undefined;

/** The best check per finding from the answers known so far; a claim none of whose answers is known yet is left out. */
export function bestChecks(wants: CheckWant[], answerOf: (want: CheckWant) => Answer): Map<string, ClaimCheck> {
  const checks = new Map<string, ClaimCheck>();
  for (const want of wants) {
    const answer = answerOf(want);
    if (answer === undefined || answer === null) continue;
    const named = { source: want.source, path: want.path };
    const check: ClaimCheck = 'problem' in answer ? { status: 'not-found', edits: [], diff: [], ...named, problem: answer.problem } : { ...answer, ...named };
    const known = checks.get(want.findingId);
    checks.set(want.findingId, known ? betterCheck(known, check) : check);
  }
  return checks;
}

/** Wants grouped by source file, each file's questions once. */
export function byFile(wants: CheckWant[]): Map<string, CheckQuery[]> {
  const files = new Map<string, Map<string, CheckQuery>>();
  for (const want of wants) {
    let queries = files.get(want.path);
    if (!queries) files.set(want.path, (queries = new Map()));
    queries.set(want.query.key, want.query);
  }
  return new Map([...files].map(([file, queries]) => [file, [...queries.values()]]));
}
