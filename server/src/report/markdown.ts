// The report as Markdown: a summary table, then open findings, stale verdicts, resolved, dismissed and orphaned.
// All article and ledger text goes through escapeMarkdown, so it reads as text and never as markup.
import type { SourceRef, Staleness } from '../ledger/slot';
import { staleMessage } from '../ledger/staleMessage';
import { wordDiff } from '../ledger/wordDiff';
import { keptCopyOf } from './keptCopy';
import { escapeMarkdown, httpUrl, linkDestination } from './escape';
import { entryPlace, entryWords, KIND_LABELS, REPORT_SECTIONS, STATUS_LABELS, verdictLabel } from './labels';
import type { ReportArticle, ReportEntry, ReportModel } from './model';
import { CLAIM_STATUSES, type ReportSummary } from './summary';
import { FINDING_KINDS } from '../analysis/finding';
import { humanDate, humanDateTime, type DateStyle } from './dates';
import { readinessLine } from './readiness';

export function renderMarkdown(model: ReportModel, dates: DateStyle = {}): string {
  const single = model.articles.length === 1;
  const out: string[] = [];
  out.push(single ? `# Fact-check report: ${escapeMarkdown(model.articles[0].title)}` : '# Fact-check report', '');
  out.push(...reportFacts(model, dates), '');
  out.push(`> **${readinessLine(model.readiness)}**`, '');
  if (!single) out.push('## Summary', '', ...summaryTable(model.summary), '');
  // Appended line by line: an article of a hundred thousand findings has more lines than a call takes arguments.
  for (const article of model.articles) for (const line of articleSection(article, single ? 2 : 3, dates)) out.push(line);
  out.push(...signOff(model, dates));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * A date the report formatted itself is shown as it is: escaping would print `10\:19`. Anything
 * the formatter handed back unchanged came from a ledger as written, and is escaped.
 */
function dateText(iso: string, format: (iso: string, style: DateStyle) => string, dates: DateStyle): string {
  const shown = format(iso, dates);
  return shown === iso ? escapeMarkdown(iso) : shown.replace(/[\\`*_[\]<>|]/g, '');
}

function signOff(model: ReportModel, dates: DateStyle): string[] {
  const blank = '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_';
  return [
    '## Sign-off',
    '',
    '| Role | Name | Signature | Date |',
    '| --- | --- | --- | --- |',
    `| Checked by | ${model.checker === undefined ? blank : escapeMarkdown(model.checker)} | ${blank} | ${dateText(model.generated, humanDate, dates)} |`,
    `| Approved by | ${blank} | ${blank} | ${blank} |`,
    '',
  ];
}

function reportFacts(model: ReportModel, dates: DateStyle): string[] {
  const facts = [`- **Generated:** ${dateText(model.generated, humanDateTime, dates)}`];
  if (model.checker !== undefined) facts.push(`- **Checked by:** ${escapeMarkdown(model.checker)}`);
  if (model.organisation) facts.push(`- **Organisation:** ${link(model.organisation.name, model.organisation.url)}`);
  return facts;
}

function articleSection(article: ReportArticle, level: number, dates: DateStyle): string[] {
  const heading = '#'.repeat(level);
  const out: string[] = [];
  if (level > 2) out.push(`${'#'.repeat(level - 1)} ${escapeMarkdown(article.title)}`, '');
  out.push(`- **Article:** ${escapeMarkdown(article.path)}`);
  if (article.url !== undefined) out.push(`- **Published at:** ${link(article.url, article.url)}`);
  if (article.published !== undefined) out.push(`- **Published:** ${dateText(article.published, humanDate, dates)}`);
  out.push(`- **Words:** ${article.wordCount}`);
  if (level > 2) out.push(`- **Readiness:** ${readinessLine(article.readiness)}`);
  out.push('');
  out.push(`${heading} Summary`, '', ...summaryTable(article.summary), '');
  for (const section of REPORT_SECTIONS) {
    const entries = article.entries.filter((entry) => section.statuses.includes(entry.status));
    out.push(`${heading} ${section.title} (${entries.length})`, '');
    if (entries.length === 0) out.push('None.', '');
    for (const entry of entries) out.push(...entryLines(entry, level + 1, dates), '');
  }
  return out;
}

function summaryTable(summary: ReportSummary): string[] {
  const rows = [
    `| Kind | ${CLAIM_STATUSES.map((status) => STATUS_LABELS[status]).join(' | ')} | Total |`,
    `| --- | ${CLAIM_STATUSES.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const kind of FINDING_KINDS) {
    const counts = summary.byKind[kind];
    rows.push(`| ${KIND_LABELS[kind]} | ${CLAIM_STATUSES.map((status) => counts[status]).join(' | ')} | ${counts.total} |`);
  }
  rows.push(`| **All** | ${CLAIM_STATUSES.map((status) => `**${summary.byStatus[status]}**`).join(' | ')} | **${summary.total}** |`);
  return rows;
}

function entryLines(entry: ReportEntry, level: number, dates: DateStyle): string[] {
  const where = entryPlace(entry);
  const words = entryWords(entry);
  const out = [`${'#'.repeat(level)} ${entry.number}. ${KIND_LABELS[entry.kind]}, ${where}`, ''];
  const field = (name: string, value: string | undefined) => {
    if (value !== undefined) out.push(`- **${name}:** ${escapeMarkdown(value, '  ')}`);
  };
  out.push(`- **Status:** ${STATUS_LABELS[entry.status]}`);
  field('Text', words.quoted);
  if (entry.speaker) {
    const { text, name } = entry.speaker;
    out.push(`- **Speaker:** ${escapeMarkdown(text, '  ')}${name !== undefined && name !== text ? ` (${escapeMarkdown(name, '  ')})` : ''}`);
  }
  field('Cue', entry.cue);
  field('Marked', words.marked);
  field('Claim', words.claim);
  out.push(`- **Verdict:** ${entry.verdict === undefined ? 'none yet' : escapeMarkdown(verdictLabel(entry.verdict))}`);
  if (entry.stale) out.push(...staleLines(entry.verdict, entry.stale));
  if (entry.sources.length === 0) out.push('- **Sources:** none yet');
  else out.push('- **Sources:**', ...entry.sources.map((source) => `  - ${sourceLine(source, dates)}`));
  if (entry.check) {
    field('Source check', entry.check.summary);
    if (entry.check.passage !== undefined) out.push(`  > ${escapeMarkdown(entry.check.passage, '  > ')}`);
  }
  field('Note', entry.note);
  field('Checked by', entry.creator);
  if (entry.modified !== undefined) out.push(`- **Last changed:** ${dateText(entry.modified, humanDateTime, dates)}`);
  return out;
}

/** Why the verdict no longer holds, and for changed words the change itself: ~~was~~ **now**. */
function staleLines(verdict: string | undefined, stale: Staleness): string[] {
  const lines = [`- **Stale:** ${escapeMarkdown(staleMessage(verdict, stale), '  ')}`];
  if (stale.reason !== 'claim-changed') return lines;
  const diff = wordDiff(stale.was, stale.now).map(({ op, text }) => {
    const words = escapeMarkdown(text.trim(), '  ');
    const space = text.startsWith(' ') ? ' ' : '';
    return op === 'same' ? space + words : `${space}${op === 'removed' ? `~~${words}~~` : `**${words}**`}`;
  });
  lines.push(`- **Changed words:** ${diff.join('')}`);
  return lines;
}

function sourceLine(source: SourceRef, dates: DateStyle): string {
  let line = link(source.title ?? source.target, source.target);
  if (source.title !== undefined && httpUrl(source.target) === undefined) line += ` (${escapeMarkdown(source.target, '    ')})`;
  if (source.accessed !== undefined) line += `, consulted ${dateText(source.accessed, humanDate, dates)}`;
  if (source.excerpt !== undefined) line += `: “${escapeMarkdown(source.excerpt, '    ')}”`;
  if (source.refused !== undefined) line += ` — **refused:** ${escapeMarkdown(source.refused, '    ')}`;
  const copy = keptCopyOf(source);
  if (copy && 'error' in copy) line += ` — no copy kept (${escapeMarkdown(copy.retrieved)}): ${escapeMarkdown(copy.error, '    ')}`;
  else if (copy) line += ` — [kept copy](<${copy.cached}>), retrieved ${escapeMarkdown(copy.retrieved)}`;
  return line;
}

/** A link only for http(s) addresses; anything else (a file, `javascript:`) stays plain text. */
function link(text: string, target: string | undefined): string {
  const url = target === undefined ? undefined : httpUrl(target);
  const label = escapeMarkdown(text, '    ');
  return url === undefined ? label : `[${label}](<${linkDestination(url)}>)`;
}
