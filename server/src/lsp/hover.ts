// The hover on a finding: what kind of claim it is, who is credited, what it covers, and its
// source slot with links to fill it. Only this extension's commands appear as links.
import type { MarkupContent } from 'vscode-languageserver';
import type { Claim, SourceRef } from '../ledger/slot';
import type { FindingRef } from '../protocol';
import { ClientCommands } from '../protocol';
import { abbreviate, escapeMarkdown } from './markdownText';
import { KIND_LABELS } from '../report/labels';
import { staleLines } from './staleHover';
import type { ClaimCheck } from '../sources/claimChecks';
import { checkHoverLines } from './sourceChecks';


export function commandLink(title: string, command: string, ref: FindingRef): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify([ref]))})`;
}

function quoted(text: string): string {
  return `“${escapeMarkdown(abbreviate(text))}”`;
}

export function claimHover(text: string, uri: string, claim: Claim, check?: ClaimCheck, articlePath?: string): MarkupContent {
  const finding = claim.finding;
  const lines: string[] = [];
  if (!finding && claim.slot && claim.status !== 'orphaned') {
    const kind = claim.slot.kind;
    lines.push(`**${KIND_LABELS[kind]}** · recorded in the ledger, no longer detected here`, '');
    lines.push(`> ${escapeMarkdown(abbreviate(text.slice(claim.range.start, claim.range.end), 300))}`, '');
  }
  if (finding) {
    const verdict = claim.slot?.verdict ? ` (${claim.slot.verdict})` : '';
    const headline = claim.status === 'resolved' ? `resolved${verdict}` : claim.status === 'stale' ? `stale verdict${verdict}` : finding.message;
    lines.push(`**${KIND_LABELS[finding.kind]}** · ${escapeMarkdown(headline)}`, '');
    const parts: string[] = [];
    if (finding.cue) parts.push(`Cue: ${quoted(text.slice(finding.cue.start, finding.cue.end))}`);
    if (finding.speaker) {
      const named = text.slice(finding.speaker.start, finding.speaker.end);
      const resolved = finding.speaker.name && finding.speaker.name !== named ? ` → **${escapeMarkdown(finding.speaker.name)}**` : '';
      parts.push(`Speaker: ${quoted(named)}${resolved}`);
    }
    if (parts.length) lines.push(parts.join(' · '), '');
    const content = finding.content ?? finding;
    lines.push(`> ${escapeMarkdown(abbreviate(text.slice(content.start, content.end), 300))}`, '');
  }
  if (check) lines.push(...checkHoverLines(check, articlePath));
  lines.push('---', '', ...slotLines(uri, claim));
  return { kind: 'markdown', value: lines.join('\n') };
}

function slotLines(uri: string, claim: Claim): string[] {
  const ref: FindingRef = { uri, findingId: claim.finding?.id, slotId: claim.slot?.id };
  const slot = claim.slot;
  const lines: string[] = [];
  if (claim.status === 'orphaned' && slot) {
    lines.push(`**Source slot: orphaned** — its claim ${quoted(slot.anchor.exact)} is no longer in the text.`, '');
  } else if (!slot || (!slot.sources.length && !slot.verdict && !slot.note && !slot.dismissed)) {
    lines.push('**Source slot: empty**', '');
  } else {
    const status = claim.status === 'dismissed' ? 'dismissed: not a claim' : claim.status;
    lines.push(`**Source slot: ${status}**${slot.verdict ? ` — verdict: **${slot.verdict}**` : ''}`, '');
    lines.push(...staleLines(claim));
    for (const source of slot.sources) lines.push(`- ${sourceLine(uri, source)}`);
    if (slot.sources.length) lines.push('');
    if (slot.note) lines.push(`Note: ${escapeMarkdown(slot.note)}`, '');
    const who = slot.creator ? ` by ${escapeMarkdown(slot.creator)}` : '';
    lines.push(`_Recorded${who}, ${escapeMarkdown(slot.created)}; last changed ${escapeMarkdown(slot.modified)}_`, '');
  }
  lines.push(actionLinks(claim, ref).join(' · '));
  return lines;
}

function actionLinks(claim: Claim, ref: FindingRef): string[] {
  if (claim.status === 'orphaned') {
    return [commandLink('Re-attach…', ClientCommands.reattach, ref), commandLink('Delete slot', ClientCommands.deleteSlot, ref)];
  }
  if (claim.status === 'dismissed') return [commandLink('Reopen', ClientCommands.reopen, ref)];
  // A stale verdict's way out first: it still holds for the new words, or the claim is open again.
  const stale = claim.status === 'stale' ? [commandLink('Confirm the verdict still holds', ClientCommands.confirmVerdict, ref), commandLink('Reopen', ClientCommands.reopen, ref)] : [];
  const links = [
    ...stale,
    commandLink('Attach source…', ClientCommands.attachSource, ref),
    commandLink(claim.slot?.verdict ? 'Change verdict…' : 'Set verdict…', ClientCommands.setVerdict, ref),
    commandLink(claim.slot?.note ? 'Edit note…' : 'Add note…', ClientCommands.addNote, ref),
    commandLink('Dismiss: not a claim', ClientCommands.dismiss, ref),
  ];
  if (claim.status === 'resolved') links.push(commandLink('Reopen', ClientCommands.reopen, ref));
  return links;
}

/** Web sources become links; anything else (a workspace file, an odd scheme) is shown as text. */
export function sourceLine(articleUri: string, source: SourceRef): string {
  const title = escapeMarkdown(source.title || source.target);
  const accessed = source.accessed ? ` (accessed ${escapeMarkdown(source.accessed.slice(0, 10))})` : '';
  const excerpt = source.excerpt ? ` — ${quoted(source.excerpt)}` : '';
  const href = sourceHref(articleUri, source);
  const label = href ? `[${title}](${href})` : `${title} (${escapeMarkdown(source.target)})`;
  return label + accessed + excerpt;
}

function sourceHref(articleUri: string, source: SourceRef): string | undefined {
  try {
    const url = source.kind === 'file' ? new URL(source.target, articleUri) : new URL(source.target);
    const allowed = source.kind === 'file' ? url.protocol === 'file:' : url.protocol === 'https:' || url.protocol === 'http:';
    return allowed ? url.href.replace(/[()<> ]/g, (ch) => encodeURIComponent(ch)) : undefined;
  } catch {
    return undefined;
  }
}
