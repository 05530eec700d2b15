import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { renderReport } from '../../../server/src/report';
import { CSV_COLUMNS } from '../../../server/src/report/csv';
import { PAYLOAD_QUOTE, sampleModel } from './sampleReport';

/** What a cell should hold: the value, with a quote before anything a spreadsheet would run. */
function expected(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('CSV report', () => {
  const model = sampleModel();
  const csv = renderReport(model, 'csv');
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });

  it('starts with a byte-order mark and a header row, and ends rows with CRLF', () => {
    assert.ok(csv.startsWith('\ufeffarticle,title,number,'));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.ok(csv.endsWith('\r\n'));
  });

  it('has one row per finding, every cell equal to the model', () => {
    const article = model.articles[0];
    assert.equal(rows.length, 1 + article.entries.length);
    article.entries.forEach((entry, index) => {
      const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[index + 1][i]]));
      assert.deepEqual(row, {
        article: expected(article.path),
        title: expected(article.title),
        number: String(entry.number),
        status: entry.status,
        kind: entry.kind,
        line: expected(entry.line),
        column: expected(entry.column),
        text: expected(entry.text),
        cue: expected(entry.cue),
        speaker: expected(entry.speaker?.text),
        speaker_name: expected(entry.speaker?.name),
        claim: expected(entry.content),
        verdict: expected(entry.verdict),
        sources: expected(entry.sources.map((source) => source.target).join('\n')),
        source_titles: expected(entry.sources.map((source) => source.title ?? '').join('\n')),
        note: expected(entry.note),
        checked_by: expected(entry.creator),
        last_changed: expected(entry.modified),
        finding_id: expected(entry.findingId),
        slot_id: expected(entry.slotId),
      }, `row for entry ${entry.number}`);
    });
  });

  it('keeps commas, quotes and line breaks inside one quoted field', () => {
    const row = rows.find((cells) => cells[CSV_COLUMNS.indexOf('text')] === PAYLOAD_QUOTE);
    assert.ok(row, 'the payload text parses back whole');
    assert.equal(row.length, CSV_COLUMNS.length);
    assert.ok(csv.includes('"""Fix it, <script>'), 'quotes doubled inside a quoted field');
  });

  it('defuses cells that a spreadsheet would read as a formula', () => {
    const row = rows.find((cells) => cells[CSV_COLUMNS.indexOf('text')] === PAYLOAD_QUOTE)!;
    assert.equal(row[CSV_COLUMNS.indexOf('checked_by')], `'=cmd|" /C calc"!A0`);
    assert.equal(row[CSV_COLUMNS.indexOf('source_titles')].split('\n')[1], '@letters, page 2', 'only the start of a cell matters');
    for (const cells of rows) for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@]/, `cell ${JSON.stringify(cell)}`);
  });
});
