// The article's text with every finding highlighted and numbered. Findings may overlap (a quote
// inside its attribution): nested ones become nested <mark> elements; when two cross without
// nesting, the one that opened later is split into fragments around the other's end, so the markup
// stays well formed and every character keeps all the highlights that cover it. Only a finding's
// first fragment carries its number, which links to its entry.
import { escapeHtml } from './escape';
import type { ReportArticle, ReportEntry } from './model';

export interface EntryAnchors {
  /** The id of the entry in the list of findings. */
  entry(number: number): string;
  /** The id of the numbered marker in the text. */
  marker(number: number): string;
}

interface Placed {
  entry: ReportEntry;
  start: number;
  end: number;
}

export function highlightedArticle(article: ReportArticle, anchors: EntryAnchors): string {
  const text = article.text;
  const placed: Placed[] = article.entries
    .filter((entry) => entry.start !== undefined && entry.end !== undefined)
    .map((entry) => ({ entry, start: entry.start as number, end: entry.end as number }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.entry.number - b.entry.number);
  const boundaries = [...new Set([0, text.length, ...placed.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);

  const out: string[] = [];
  const open: Placed[] = [];
  let next = 0;
  for (let b = 0; b < boundaries.length; b++) {
    const at = boundaries[b];
    closeEndingAt(at, open, out);
    while (next < placed.length && placed[next].start === at) {
      const mark = placed[next++];
      out.push(openTag(mark, anchors));
      if (mark.end === at) out.push('</mark>');
      else open.push(mark);
    }
    if (b + 1 < boundaries.length) out.push(escapeHtml(shownText(text, at, boundaries[b + 1])));
  }
  return out.join('');
}

/** A CRLF is one line break, written as its LF, so a mark ending between the two adds no blank line. */
function shownText(text: string, start: number, end: number): string {
  const piece = text.slice(start, end).replace(/\r\n/g, '\n');
  return piece.endsWith('\r') && text.charCodeAt(end) === 10 ? piece.slice(0, -1) : piece;
}

/** Closes every mark ending here; marks opened inside one of them but still running are reopened. */
function closeEndingAt(at: number, open: Placed[], out: string[]): void {
  const first = open.findIndex((mark) => mark.end === at);
  if (first < 0) return;
  const above = open.splice(first);
  for (let i = above.length; i > 0; i--) out.push('</mark>');
  for (const mark of above) {
    if (mark.end === at) continue;
    out.push(openTag(mark));
    open.push(mark);
  }
}

/** A finding's first fragment gets the numbered marker; a continuation (no anchors) does not. */
function openTag({ entry }: Placed, anchors?: EntryAnchors): string {
  const classes = ['finding', `kind-${cssToken(entry.kind)}`, `status-${cssToken(entry.status)}`];
  if (!anchors) classes.push('continued');
  const tag = `<mark class="${classes.join(' ')}" data-finding="${entry.number}">`;
  if (!anchors) return tag;
  const marker = `<a class="marker" id="${anchors.marker(entry.number)}" href="#${anchors.entry(entry.number)}" title="Finding ${entry.number}">${entry.number}</a>`;
  return tag + marker;
}

/** Kinds and statuses come from a ledger on disk: only letters, digits and dashes reach a class name. */
export function cssToken(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}
