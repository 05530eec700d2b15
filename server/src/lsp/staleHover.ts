// The hover's account of a stale verdict: what it was given on, what stands now, word by word,
// and who gave it when. The links out (confirm, reopen) are the hover's.
import type { Claim } from '../ledger/slot';
import { humanDateTime, type DateStyle } from '../report/dates';
import { staleMessage } from '../ledger/staleMessage';
import { wordDiff } from '../ledger/wordDiff';
import { abbreviate, escapeMarkdown } from './markdownText';

/** Longest claim shown word by word; a longer one is named by its changed stretch only. */
const MAX_DIFF = 600;

/** `dates`: the editor's locale, as for the rest of the hover (the ledger keeps ISO times). */
export function staleLines(claim: Claim, dates: DateStyle = {}): string[] {
  const stale = claim.stale;
  if (!stale) return [];
  const lines = [`**Stale verdict** — ${escapeMarkdown(staleMessage(claim.slot?.verdict, stale))}`, ''];
  if (stale.reason === 'claim-changed' && stale.was.length + stale.now.length <= MAX_DIFF) lines.push(`Changed words: ${markedDiff(stale.was, stale.now)}`, '');
  const judged = claim.slot?.judged;
  if (judged?.by || judged?.at) {
    const who = judged.by ? ` by ${escapeMarkdown(judged.by)}` : '';
    const when = judged.at ? `, ${escapeMarkdown(humanDateTime(judged.at, dates))}` : '';
    lines.push(`_Verdict given${who}${when} on “${escapeMarkdown(abbreviate(judged.exact))}”_`, '');
  }
  return lines;
}

/** Removed words struck through, added words in bold, the rest as is; every word escaped. */
function markedDiff(was: string, now: string): string {
  return wordDiff(was, now)
    .map(({ op, text }) => {
      const space = text.startsWith(' ') ? ' ' : '';
      const words = escapeMarkdown(text.trim());
      return op === 'same' ? space + words : `${space}${op === 'removed' ? `~~${words}~~` : `**${words}**`}`;
    })
    .join('');
}
