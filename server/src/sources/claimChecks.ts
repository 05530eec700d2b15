// Which source documents each claim is checked against, and the one result it shows: the
// workspace files attached to its slot, each asked the claim's question, the best answer kept
// (verbatim before allowed edits before differs before not found).
import * as path from 'node:path';
import type { Claim } from '../ledger/slot';
import { betterCheck, type SourceCheck } from '../sourceCheck/sourceCheck';
import { checkQueryOf, type CheckQuery } from './checkQuery';

/** A claim's check against one of its source documents, naming it as the slot records it. */
export interface ClaimCheck extends SourceCheck {
  /** The source as recorded in the slot (a path relative to the article's folder). */
  source: string;
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
  if (!articlePath) return [];
  const folder = path.dirname(articlePath);
  return claims.flatMap((claim) => {
    const { finding, slot } = claim;
    if (!finding || !slot || claim.status === 'dismissed' || claim.status === 'orphaned') return [];
    const query = checkQueryOf(text, finding);
    if (!query) return [];
    return slot.sources.filter((s) => s.kind === 'file').map((s) => ({ findingId: finding.id, source: s.target, path: path.resolve(folder, s.target), query }));
  });
}

/** An answer for one want: a check, null (nothing to check), a problem, or undefined (not known yet). */
export type Answer = SourceCheck | null | { problem: string } | undefined;

/** The best check per finding from the answers known so far; a claim none of whose answers is known yet is left out. */
export function bestChecks(wants: CheckWant[], answerOf: (want: CheckWant) => Answer): Map<string, ClaimCheck> {
  const checks = new Map<string, ClaimCheck>();
  for (const want of wants) {
    const answer = answerOf(want);
    if (answer === undefined || answer === null) continue;
    const check: ClaimCheck = 'problem' in answer ? { status: 'not-found', edits: [], diff: [], source: want.source, problem: answer.problem } : { ...answer, source: want.source };
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
