// `factcheck check` against attached source documents: each finding's `check` field in the JSON,
// and the check's summary on the text lines.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchorAt } from '../../server/src/ledger/anchor';
import { formatSidecar } from '../../server/src/ledger/sidecarFormat';
import type { SourceSlot } from '../../server/src/ledger/slot';
import { Scratch } from '../support/scratch';
import { makeDocx, makeEncryptedPdf, makePdf } from '../support/sourceFixtures';

const BIN = path.resolve(__dirname, '../../server/bin/factcheck.js');
const NOW = '2026-11-28T10:00:00.000Z';
const ARTICLE = '“We did raise fares this winter,” said Ada Moss. Profits hit £45m last year, the ferry company said.\n\n“Every crossing ran on time,” she added.\n';

interface Finding {
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  check: null | { status: string; source: string; page: number | null; line: number | null; passage: string | null; edits: unknown[]; diff: { type: string; note?: string }[]; problem: string | null };
}

function check(file: string, format = 'json') {
  const run = spawnSync(process.execPath, [BIN, 'check', '--format', format, file], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function findings(file: string): Finding[] {
  return JSON.parse(check(file).stdout).files[0].findings;
}

function slotFor(text: string, finding: Finding, i: number, target: string): SourceSlot {
  return { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, kind: finding.kind as SourceSlot['kind'], anchor: anchorAt(text, finding), created: NOW, modified: NOW, sources: [{ kind: 'file', target }] };
}

describe('factcheck check: source documents', function () {
  // Each test runs the built CLI four times, each reading PDFs: on a loaded machine that takes
  // far longer than the suite's default, and nothing here is about speed.
  this.timeout(120_000);
  const scratch = new Scratch();
  after(() => scratch.removeAll());

  it('gives each quote and statistic with a source its check: status, source, page, line, passage, diff', async () => {
    const dir = scratch.dir('factcheck-cli-sources');
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(
      path.join(dir, 'statement.pdf'),
      await makePdf([['Ferry company statement'], ['We did not raise fares this winter.', 'Profits reached £48 million last year.']]),
    );
    writeFileSync(path.join(dir, 'locked.pdf'), await makeEncryptedPdf());
    const before = findings(file);
    const quote = before.find((f) => f.kind === 'quote' && f.text.startsWith('“We did'))!;
    const figure = before.find((f) => f.kind === 'statistic' && f.text === '£45m')!;
    const other = before.find((f) => f.kind === 'quote' && f.text.startsWith('“Every'))!;
    writeFileSync(`${file}.factcheck.json`, formatSidecar('ferry.txt', [slotFor(ARTICLE, quote, 1, 'statement.pdf'), slotFor(ARTICLE, figure, 2, 'statement.pdf'), slotFor(ARTICLE, other, 3, 'locked.pdf')]));

    const after = findings(file);
    const quoteCheck = after.find((f) => f.id === quote.id)!.check!;
    assert.deepEqual(
      { status: quoteCheck.status, source: quoteCheck.source, page: quoteCheck.page, line: quoteCheck.line, passage: quoteCheck.passage },
      { status: 'differs', source: 'statement.pdf', page: 2, line: 1, passage: 'We did not raise fares this winter' },
    );
    assert.deepEqual(quoteCheck.diff.filter((d) => d.type !== 'same').map((d) => d.note), ['drops “not”']);
    const figureCheck = after.find((f) => f.id === figure.id)!.check!;
    assert.equal(figureCheck.status, 'differs');
    assert.equal(figureCheck.page, 2);
    assert.match(figureCheck.diff[0].note!, /£48 million/);
    const locked = after.find((f) => f.id === other.id)!.check!;
    assert.equal(locked.status, 'not-found');
    assert.match(locked.problem!, /encrypted/);
    assert.equal(after.find((f) => f.kind === 'attribution')!.check, null);

    const lines = check(file, 'text').stdout;
    assert.match(lines, /quote: .*\(source check: differs from statement\.pdf \(page 2, line 1\): drops “not”\)/);

    // The report: each check with its passage, in Markdown, HTML and the JSON model.
    const report = (format: string) => spawnSync(process.execPath, [BIN, 'report', '--format', format, file], { encoding: 'utf8' }).stdout;
    const markdown = report('md');
    assert.ok(markdown.includes('- **Source check:** differs from statement\\.pdf \\(page 2, line 1\\)\\: drops “not”\n  > We did not raise fares this winter\n'), markdown);
    assert.match(report('html'), /<dt>Source check<\/dt><dd data-field="source-check" class="check-differs">differs from statement\.pdf \(page 2, line 1\): drops “not”<blockquote class="check-passage">We did not raise fares this winter<\/blockquote><\/dd>/);
    const entries = JSON.parse(report('json')).articles[0].entries as { findingId?: string; check?: { status: string; page: number; passage: string } }[];
    assert.deepEqual(
      (({ status, page, passage }) => ({ status, page, passage }))(entries.find((e) => e.findingId === quote.id)!.check!),
      { status: 'differs', page: 2, passage: 'We did not raise fares this winter' },
    );
  });

  // The Word reader is a bundle of its own, loaded only when a Word source is read.
  it('checks a quote against a Word document', async () => {
    const dir = scratch.dir('factcheck-cli-docx');
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(path.join(dir, 'minutes.docx'), await makeDocx(['Minutes of the harbour board', 'Every crossing ran on time, the captain told the board.']));
    const other = findings(file).find((f) => f.kind === 'quote' && f.text.startsWith('“Every'))!;
    writeFileSync(`${file}.factcheck.json`, formatSidecar('ferry.txt', [slotFor(ARTICLE, other, 1, 'minutes.docx')]));

    const checked = findings(file).find((f) => f.id === other.id)!.check!;
    assert.deepEqual(
      { status: checked.status, source: checked.source, passage: checked.passage, problem: checked.problem },
      { status: 'verbatim', source: 'minutes.docx', passage: 'Every crossing ran on time', problem: null },
    );
  });
});
