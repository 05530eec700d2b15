// A verdict rests on its sources as they were: when a workspace file it was given on has changed
// or is gone, the verdict is stale (reason `source-changed`). Pure: the checks are made by
// evidence/, which reads the files; this only applies what they found to the joined claims.
import type { Claim, EvidenceState } from './slot';

/** Evidence checks by slot id. */
export type EvidenceChecks = ReadonlyMap<string, readonly EvidenceState[]>;

/** The claims with their slots' file checks; a resolved claim on a changed or missing file goes stale. */
export function withEvidenceChecks(claims: readonly Claim[], checks: EvidenceChecks | undefined): Claim[] {
  // The claims as they are: joinClaims made the array for this version (a copy was 12 KiB a keystroke at 20k words).
  if (!checks || checks.size === 0) return claims as Claim[];
  return claims.map((claim) => {
    const states = claim.slot ? checks.get(claim.slot.id) : undefined;
    if (!states || states.length === 0) return claim;
    const checked: Claim = { ...claim, evidence: [...states] };
    const broken = claim.status === 'resolved' ? states.find((s) => s.state === 'changed' || s.state === 'missing') : undefined;
    if (!broken) return checked;
    const recorded = claim.slot?.sources.find((source) => source.kind === 'file' && source.target === broken.target)?.evidence;
    return {
      ...checked,
      status: 'stale',
      stale: { reason: 'source-changed', was: recorded?.sha256 ?? '', now: broken.state === 'missing' ? 'missing' : (broken.sha256 ?? ''), source: broken.target },
    };
  });
}
