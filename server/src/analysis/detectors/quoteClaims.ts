// A direct quote and the attribution that introduces it are one claim: one `quote` finding with
// the attribution's cue and speaker, the quotation as its content. A quote interrupted by its
// attribution (“…,” he added, “…”, or “…,” said Ana Ruiz. “…”) is one claim with two parts.
// An attribution whose content is more than its quotations (He said the count was “rigged”)
// stays an attribution: the claim is the paraphrase, the quotation a partial quote inside it.
import type { Detected, Span } from '../finding';
import { quoteMessage } from './messages';

function cueKey(cue: Span): string {
  return `${cue.start}:${cue.end}`;
}

/** Between a quote and the next part only the attribution and punctuation: “…,” said X. “…” */
function onlyAttributionBetween(block: string, from: number, to: number, attribution: Span): boolean {
  if (attribution.start < from || attribution.end > to) return false;
  const rest = block.slice(from, attribution.start) + block.slice(attribution.end, to);
  return /^[\s,.;:—–-]*$/.test(rest);
}

function joined(block: string, attribution: Detected, own: Detected[]): Detected {
  const start = own[0].start;
  const end = own[own.length - 1].end;
  const quote: Detected = {
    kind: 'quote',
    start,
    end,
    cue: attribution.cue,
    speaker: attribution.speaker,
    content: { start, end },
    message: '',
  };
  if (attribution.speakerMention) quote.speakerMention = attribution.speakerMention;
  if (attribution.reportedBy) quote.reportedBy = attribution.reportedBy;
  if (own.length > 1) quote.parts = own.map((part) => ({ start: part.start, end: part.end }));
  quote.attribution = { start: attribution.start, end: attribution.end };
  quote.message = quoteMessage(block, quote);
  return quote;
}

/**
 * The block's attributions and quotes with each attribution that credits nothing but its
 * quotations joined with them; both lists in order, the result too.
 */
export function joinQuoteClaims(block: string, attributions: Detected[], quotes: Detected[]): Detected[] {
  // Quotations by their cue, and where each stands: every lookup one step, however many quotes.
  const byCue = new Map<string, Detected[]>();
  const order = new Map<Detected, number>();
  quotes.forEach((quote, i) => {
    order.set(quote, i);
    if (!quote.cue) return;
    const key = cueKey(quote.cue);
    const list = byCue.get(key);
    if (list) list.push(quote);
    else byCue.set(key, [quote]);
  });
  const taken = new Set<Detected>();
  const claims: Detected[] = [];
  for (const attribution of attributions) {
    const content = attribution.content;
    const own = attribution.cue ? [...(byCue.get(cueKey(attribution.cue)) ?? [])] : [];
    if (!content || !own.length || own[0].start !== content.start || own[own.length - 1].end !== content.end) {
      claims.push(attribution);
      continue;
    }
    // The quotation right after it, with no cue of its own and nothing but this attribution between.
    const last = own[own.length - 1];
    const next = quotes[order.get(last)! + 1];
    if (next && !next.cue && next.speaker && !taken.has(next) && onlyAttributionBetween(block, last.end, next.start, attribution)) own.push(next);
    for (const quote of own) taken.add(quote);
    claims.push(joined(block, attribution, own));
  }
  claims.push(...quotes.filter((quote) => !taken.has(quote)));
  return claims;
}
