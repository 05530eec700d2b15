import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/analysis/finding';
import { DEFAULT_SETTINGS } from '../../../server/src/article/settings';
import type { Claim } from '../../../server/src/ledger/slot';
import { claimsToPublish, MAX_DIAGNOSTICS, publishSteps } from '../../../server/src/lsp/diagnosticLimit';

/** An open claim of a finding of this kind at `start`. */
function claim(kind: Finding['kind'], start: number): Claim {
  const finding: Finding = { id: `${kind}-${start}`, kind, start, end: start + 2, message: kind };
  return { status: 'open', range: { start, end: start + 2 }, finding };
}

describe('the diagnostics published of an article', () => {
  // Figures (warnings) and quotes (information) in turn: 5,000 claims, five times the cap.
  const claims = Array.from({ length: 5_000 }, (_, i) => claim(i % 2 ? 'quote' : 'statistic', i * 3));

  it('keeps the most severe first, in reading order, and counts the rest', () => {
    const { claims: kept, hidden } = claimsToPublish(claims, DEFAULT_SETTINGS);
    assert.equal(kept.length, MAX_DIAGNOSTICS);
    assert.equal(hidden, claims.length - MAX_DIAGNOSTICS);
    assert.ok(kept.every((c) => c.finding?.kind === 'statistic'));
    assert.deepEqual(kept, claims.filter((c) => c.finding?.kind === 'statistic').slice(0, MAX_DIAGNOSTICS));
  });

  it('weighs them a step at a time, with the same answer', () => {
    const steps = publishSteps(claims, DEFAULT_SETTINGS);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    assert.ok(yields >= 4, `${yields} yields for 5,000 claims`);
    assert.deepEqual(step.value, claimsToPublish(claims, DEFAULT_SETTINGS));
  });
});
