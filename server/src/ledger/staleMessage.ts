// The one line that says why a verdict is stale, for diagnostics, hovers, the CLI and the report:
// “verified as ‘£48 million’, now ‘£84 million’”. Long claims are cut to the changed words.
import type { Staleness } from './slot';
import { changedStretch, plainWords } from './wordDiff';

/** Claims up to this long are named whole. */
const WHOLE_CLAIM = 60;

export function staleMessage(verdict: string | undefined, stale: Staleness): string {
  const judged = verdict ?? 'judged';
  if (stale.reason === 'source-changed') {
    const what = stale.now === 'missing' ? 'is missing' : 'has changed since';
    return `${judged} on ${stale.source ?? 'a file'}, which ${what}${stale.now === 'missing' ? '' : ' the verdict'}`;
  }
  const was = plainWords(stale.was);
  const now = plainWords(stale.now);
  const shown = was.length <= WHOLE_CLAIM && now.length <= WHOLE_CLAIM ? { was, now } : changedStretch(stale.was, stale.now);
  return `${judged} as ‘${shown.was}’, now ‘${shown.now}’`;
}
