// How a claim's check against its source documents shows in the editor: in the diagnostic's
// message and severity (a quote that differs from its source is an error), and in the hover:
// the status, the passage with its page and line, a link that opens the source there, the allowed
// edits and the word diff. Source text is untrusted like the article's: all of it is escaped.
import { DiagnosticSeverity } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { ClientCommands, type OpenSourceParams } from '../protocol';
import type { ClaimCheck } from '../sources/claimChecks';
import { checkSummary, placeText } from '../sources/checkSummary';
import { editSummary, type DiffPart } from '../sourceCheck/sourceCheck';
import { abbreviate, escapeMarkdown } from './markdownText';

const STATUS_LABELS: Record<ClaimCheck['status'], string> = {
  verbatim: 'verbatim',
  'allowed-edits': 'found, with allowed edits',
  differs: 'differs from the source',
  'not-found': 'not found in the source',
};

/** The diagnostic's message with what the check found. */
export function checkedMessage(message: string, check: ClaimCheck | undefined): string {
  return check ? `${message} — source check: ${checkSummary(check)}` : message;
}

/** A check that differs makes the diagnostic an error; one that finds nothing, at least a warning. */
export function checkedSeverity(severity: DiagnosticSeverity, check: ClaimCheck | undefined): DiagnosticSeverity {
  if (check?.status === 'differs') return DiagnosticSeverity.Error;
  if (check?.status === 'not-found' && !check.problem) return Math.min(severity, DiagnosticSeverity.Warning) as DiagnosticSeverity;
  return severity;
}

/** The hover's section on the check: a web source's is read from its kept copy. */
export function checkHoverLines(check: ClaimCheck): string[] {
  const copy = /^https?:/.test(check.source) ? ' (its kept copy)' : '';
  const lines = [`**Source check: ${STATUS_LABELS[check.status]}** — ${escapeMarkdown(check.source)}${copy}${check.place ? `, ${placeText(check.place)}` : ''}`, ''];
  if (check.problem) return [...lines, `The source could not be read: it ${escapeMarkdown(check.problem)}`, ''];
  if (check.passage) lines.push(`> ${escapeMarkdown(abbreviate(check.passage, 400))}`, '');
  if (check.place) lines.push(openLink(check), '');
  for (const edit of check.edits) lines.push(`- allowed: ${escapeMarkdown(editSummary(edit))}`);
  if (check.edits.length) lines.push('');
  const differences = check.diff.filter((part) => part.type !== 'same');
  if (differences.length && check.diff.reduce((n, part) => n + (part.article?.length ?? 0) + (part.source?.length ?? 0), 0) <= MAX_DIFF) {
    lines.push(`Source → article: ${markedDiff(check.diff)}`, '');
  }
  for (const part of differences) lines.push(`- ${diffLine(part)}`);
  if (differences.length) lines.push('');
  return lines;
}

/** Longest diff shown word by word; a longer one is listed by its differences only. */
const MAX_DIFF = 600;

/** The source's words struck through, the article's in bold, the rest as is (as the stale hover marks changed words). */
function markedDiff(diff: DiffPart[]): string {
  return diff
    .map((part) => {
      const article = part.article ? escapeMarkdown(part.article) : '';
      const source = part.source ? escapeMarkdown(part.source) : '';
      if (part.type === 'same') return article;
      if (part.type === 'stitched') return `**${article}**`;
      return [source && `~~${source}~~`, article && `**${article}**`].filter(Boolean).join(' ');
    })
    .filter(Boolean)
    .join(' ');
}

function openLink(check: ClaimCheck): string {
  const params: OpenSourceParams = { uri: pathToFileURL(check.path).href, line: check.place!.line, ...(check.place!.page ? { page: check.place!.page } : {}) };
  return `[Open the source at ${placeText(check.place)}](command:${ClientCommands.openSource}?${encodeURIComponent(JSON.stringify([params]))})`;
}

function diffLine(part: DiffPart): string {
  const article = part.article ? `“${escapeMarkdown(abbreviate(part.article))}”` : '';
  const source = part.source ? `“${escapeMarkdown(abbreviate(part.source))}”` : '';
  const note = part.note ? ` — ${escapeMarkdown(part.note)}` : '';
  switch (part.type) {
    case 'added':
      return `the article adds ${article}${note}`;
    case 'dropped':
      return `the article leaves out ${source}${note}`;
    case 'changed':
      return `the article has ${article} where the source has ${source}${note}`;
    case 'stitched':
      return `stitched: ${escapeMarkdown(part.note ?? '')}`;
    default:
      return article;
  }
}
