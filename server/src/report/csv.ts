// The report as CSV, one row per finding, for a spreadsheet: RFC 4180 (CRLF rows, fields quoted
// when they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so
// Excel reads it as UTF-8. A text cell that starts with = + - @ (or a tab or CR) is prefixed with
// a single quote so no spreadsheet runs it as a formula (CSV injection).
import type { ReportArticle, ReportEntry, ReportModel } from './model';

export const CSV_COLUMNS = [
  'article',
  'title',
  'number',
  'status',
  'kind',
  'line',
  'column',
  'text',
  'cue',
  'speaker',
  'speaker_name',
  'claim',
  'verdict',
  'sources',
  'source_titles',
  'note',
  'checked_by',
  'last_changed',
  'finding_id',
  'slot_id',
] as const;

type Cell = string | number | undefined;

export function renderCsv(model: ReportModel): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const article of model.articles) for (const entry of article.entries) rows.push(entryRow(article, entry));
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function entryRow(article: ReportArticle, entry: ReportEntry): Cell[] {
  return [
    article.path,
    article.title,
    entry.number,
    entry.status,
    entry.kind,
    entry.line,
    entry.column,
    entry.text,
    entry.cue,
    entry.speaker?.text,
    entry.speaker?.name,
    entry.content,
    entry.verdict,
    // One source per line in the cell; a line break inside one address or title becomes a space.
    entry.sources.map((source) => oneLine(source.target)).join('\n'),
    entry.sources.map((source) => oneLine(source.title ?? '')).join('\n'),
    entry.note,
    entry.creator,
    entry.modified,
    entry.findingId,
    entry.slotId,
  ];
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
