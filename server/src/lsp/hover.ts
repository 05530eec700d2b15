// The hover on the text: every claim under the pointer (a sentence, its date, its "allegedly"),
// innermost first, each with its actions right under its headline so none is cut off below the
// fold. VS Code already shows each diagnostic's row (kind and words) above the hover, so the
// headline is the detector's question, not the row again. Only this extension's commands appear
// as links.
import type { MarkupContent } from 'vscode-languageserver';
import type { Claim, SourceRef } from '../ledger/slot';
import type { FindingRef } from '../protocol';
import { ClientCommands } from '../protocol';
import { abbreviate, escapeMarkdown } from './markdownText';
import { KIND_LABELS, verdictLabel } from '../report/labels';
import { humanDate, humanDateTime, type DateStyle } from '../report/dates';
import { claimText, shortWords } from '../report/claimWords';
import { linkDestination } from '../report/escape';
import { urlProblem } from '../ledger/sourceRef';
import { staleLines } from './staleHover';
import { evidenceFlag } from './sourceEvidence';
import type { ClaimCheck } from '../sources/claimChecks';
import { checkHoverLines } from './sourceChecks';
import { speakerAsNamed } from '../analysis/finding';

/** Claims' checks against their source documents, by finding id. */
export interface HoverChecks {
  checks: ReadonlyMap<string, ClaimCheck>;
}

/**
 * A link to one of this extension's commands. Its argument is the reference the server built (the
 * open document's URI and its own finding and slot ids), percent-encoded whole: no character of it
 * can end the link.
 */
export function commandLink(title: string, command: string, ref: FindingRef): string {
  return `[${title}](${linkDestination(`command:${command}?${encodeURIComponent(JSON.stringify([ref]))}`)})`;
}

function quoted(text: string, limit = 160): string {
  return `“${escapeMarkdown(abbreviate(text, limit))}”`;
}

/** All the claims at one place, separated by rules; `claims` innermost first. */
export function claimsHover(text: string, uri: string, claims: Claim[], dates: DateStyle = {}, sourceChecks?: HoverChecks): MarkupContent {
  const sections = claims.map((claim) => claimSection(text, uri, claim, dates, claims.length > 1, sourceChecks).join('\n'));
  return { kind: 'markdown', value: sections.join('\n\n---\n\n') };
}

function claimSection(text: string, uri: string, claim: Claim, dates: DateStyle, several: boolean, sourceChecks?: HoverChecks): string[] {
  const ref: FindingRef = { uri, findingId: claim.finding?.id, slotId: claim.slot?.id };
  const lines = [`${headline(claim)}  `, actionLinks(claim, ref).join(' · '), ''];
  const finding = claim.finding;
  const parts: string[] = [];
  if (finding?.speaker) {
    const named = finding.speaker.start >= 0 ? speakerAsNamed(text, finding.speaker) : '';
    const resolved = finding.speaker.name && finding.speaker.name !== named ? ` → **${escapeMarkdown(finding.speaker.name)}**` : '';
    parts.push(`Speaker: ${named ? quoted(named, 60) : ''}${resolved}`);
  }
  if (finding?.cue) parts.push(`Cue: ${quoted(text.slice(finding.cue.start, finding.cue.end), 60)}`);
  if (parts.length) lines.push(parts.join(' · '), '');
  // The row above the hover quotes the claim's first words; the rest only when it had to cut them,
  // and only for a lone claim: with several, the hover stays a list of slots and actions.
  const words = finding ? claimText(text, finding) : text.slice(claim.range.start, claim.range.end);
  if (!several && claim.status !== 'orphaned' && shortWords(words) !== shortWords(words, Infinity)) {
    lines.push(`> ${escapeMarkdown(shortWords(words, 240))}`, '');
  }
  const check = claim.finding && sourceChecks?.checks.get(claim.finding.id);
  if (check) lines.push(...checkHoverLines(check));
  lines.push(...slotLines(uri, claim, dates));
  return lines;
}

function headline(claim: Claim): string {
  const kind = claim.finding?.kind ?? claim.slot?.kind;
  const label = kind ? KIND_LABELS[kind] : 'Claim';
  const said = claim.finding ? escapeMarkdown(claim.finding.message) : `${label}: recorded in the ledger, no longer detected here`;
  const verdict = claim.slot?.verdict ? `: ${escapeMarkdown(verdictLabel(claim.slot.verdict))}` : '';
  if (claim.status === 'resolved') return `**Resolved${verdict}** · ${said}`;
  if (claim.status === 'stale') return `**Stale verdict${verdict}** · ${said}`;
  if (claim.status === 'dismissed') return `**Dismissed: not a claim** · ${said}`;
  if (claim.status === 'orphaned') return `**Orphaned source slot** (${label})`;
  return `**${said}**`;
}

function slotLines(uri: string, claim: Claim, dates: DateStyle): string[] {
  const slot = claim.slot;
  const lines: string[] = [];
  if (claim.status === 'orphaned' && slot) {
    lines.push(`Its claim ${quoted(slot.anchor.exact)} is no longer in the text.`);
    return lines;
  }
  if (!slot || (!slot.sources.length && !slot.verdict && !slot.note && !slot.dismissed)) {
    lines.push('_Source slot: empty_');
    return lines;
  }
  if (!slot.verdict && claim.status === 'open') lines.push('_Source slot: open, no verdict yet_', '');
  lines.push(...staleLines(claim, dates));
  for (const source of slot.sources) lines.push(`- ${sourceLine(uri, source, dates)}${evidenceFlag(uri, claim, source)}`);
  if (slot.sources.length) lines.push('');
  if (slot.note) lines.push(`Note: ${escapeMarkdown(slot.note)}`, '');
  const who = slot.creator ? ` by ${escapeMarkdown(slot.creator)}` : '';
  const changed = slot.modified !== slot.created ? `; last changed ${escapeMarkdown(humanDateTime(slot.modified, dates))}` : '';
  lines.push(`_Recorded${who}, ${escapeMarkdown(humanDateTime(slot.created, dates))}${changed}_`);
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

/**
 * Valid web sources and files of the workspace become links; anything else (a refused file, an
 * address the ledger would not accept today) is shown as text with the reason.
 */
export function sourceLine(articleUri: string, source: SourceRef, dates: DateStyle = {}): string {
  const title = escapeMarkdown(source.title || source.target);
  const accessed = source.accessed ? ` (consulted ${escapeMarkdown(humanDate(source.accessed, dates))})` : '';
  const excerpt = source.excerpt ? ` — ${quoted(source.excerpt)}` : '';
  const refused = source.refused ? ` — _refused: ${escapeMarkdown(source.refused)}_` : '';
  const href = sourceHref(articleUri, source);
  const label = href ? `[${title}](${linkDestination(href)})` : `${title} (${escapeMarkdown(source.target)})`;
  return label + accessed + excerpt + refused;
}

function sourceHref(articleUri: string, source: SourceRef): string | undefined {
  if (source.refused) return undefined;
  if (source.kind === 'url') return urlProblem(source.target) ? undefined : new URL(source.target).href;
  if (source.kind !== 'file' || !articleUri.startsWith('file:')) return undefined;
  try {
    const url = new URL(source.target, articleUri);
    return url.protocol === 'file:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What a hover says on an article whose analysis is still under way (a very long one, just opened). */
export function analysingHover(share: number): string {
  return `**Fact-check is still analysing this article** (${Math.floor(share * 100)} % done). Its claims show as soon as it is done.`;
}
