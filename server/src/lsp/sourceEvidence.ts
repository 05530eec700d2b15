// What the hover says beside a source about the evidence behind it: a workspace file changed since
// its fingerprint, or gone; a web page's copy kept in the workspace, or why none could be kept.
import type { Claim, SourceRef } from '../ledger/slot';
import { webArchiveProblem } from '../ledger/webArchive';
import { linkDestination } from '../report/escape';
import { escapeMarkdown } from './markdownText';

/**
 * Beside a workspace file source: changed since it was fingerprinted, or missing. Beside a web
 * source: a link to the copy kept in the workspace, or why none could be kept.
 */
export function evidenceFlag(articleUri: string, claim: Claim, source: SourceRef): string {
  if (source.kind === 'url') return keptCopy(articleUri, source);
  if (source.kind !== 'file') return '';
  const state = claim.evidence?.find((e) => e.target === source.target)?.state;
  if (state === 'missing') return ' — **file missing**';
  if (state === 'changed') return ' — **changed since the verdict**';
  return '';
}

function keptCopy(articleUri: string, source: SourceRef): string {
  const archive = source.archive;
  if (!archive || webArchiveProblem(archive)) return '';
  const when = escapeMarkdown(archive.retrieved.slice(0, 10));
  if ('error' in archive) return ` — _no copy kept (${when}): ${escapeMarkdown(archive.error)}_`;
  if (!articleUri.startsWith('file:')) return ` — kept copy ${escapeMarkdown(archive.cached)} (${when})`;
  return ` — [kept copy](${linkDestination(new URL(archive.cached, articleUri).href)}) (${when})`;
}
