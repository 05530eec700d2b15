// `factcheck report` on real files: every format from the built CLI, one combined report for
// several files, slots from the ledger beside the article, and unreadable files reported.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'server/bin/factcheck.js');

function factcheck(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE = '“Rents rose 14% in a year,” said housing officer Noor Haddad.\n\nThe council declined to comment.\n';

function sidecarFor(exact: string, start: number): string {
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:0b7e6c9e-5a43-4c8e-9a57-0c4f7a1d2e11',
    type: 'Annotation',
    motivation: 'assessing',
    creator: { type: 'Person', name: 'Ada Checker' },
    created: '2026-11-20T09:00:00.000Z',
    modified: '2026-11-20T09:05:00.000Z',
    target: {
      source: 'rents.txt',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: ' said housing officer Noor' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: [
      { type: 'TextualBody', purpose: 'classifying', value: 'quote' },
      { type: 'TextualBody', purpose: 'assessing', value: 'misleading' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/rent-index', sourceKind: 'url', title: 'Rent index, October' },
    ],
  };
  return `${JSON.stringify({ version: 1, article: 'rents.txt', annotations: [annotation] }, null, 2)}\n`;
}

describe('factcheck report', function () {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-report-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const article = path.join(dir, 'rents.txt');
  writeFileSync(article, ARTICLE);
  const quote = '“Rents rose 14% in a year,”';
  writeFileSync(`${article}.factcheck.json`, sidecarFor(quote, 0));

  it('renders the ledger’s verdict and sources in every format', () => {
    const md = factcheck('report', '--format', 'md', article);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /Misleading/i);
    assert.match(md.stdout, /\[Rent index, October\]\(<?https:\/\/example\.org\/rent-index>?\)/);

    const json = JSON.parse(factcheck('report', '--format', 'json', article).stdout);
    assert.equal(json.version, 2);
    const entry = json.articles[0].entries.find((e: { kind: string }) => e.kind === 'quote');
    assert.equal(entry.verdict, 'misleading');
    assert.equal(entry.status, 'resolved');
    assert.equal(entry.text, quote);

    const rows = parseCsv(factcheck('report', '--format', 'csv', article).stdout, { columns: true, bom: true }) as Record<string, string>[];
    assert.ok(rows.some((row) => Object.values(row).includes('misleading')));

    const reviews = JSON.parse(factcheck('report', '--format', 'claimreview', article).stdout);
    const list = Array.isArray(reviews) ? reviews : (reviews['@graph'] ?? [reviews]);
    assert.equal(list.length, 1);
    assert.equal(list[0]['@type'], 'ClaimReview');
    assert.equal(list[0].reviewRating.alternateName.toLowerCase(), 'misleading');

    const html = factcheck('report', '--format', 'html', article).stdout;
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /Content-Security-Policy/);
  });

  it('combines several files into one report and writes it with -o', () => {
    const second = path.join(dir, 'parks.md');
    writeFileSync(second, '# Parks\n\nVisitor numbers doubled to 2.4 million in 2025, according to the parks trust.\n');
    const out = path.join(dir, 'desk-report.json');
    const run = factcheck('report', '--format', 'json', '-o', out, article, second);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(report.articles.map((a: { path: string }) => path.basename(a.path)), ['rents.txt', 'parks.md']);
    assert.equal(report.articles[1].title, 'Parks');
  });

  it('reports what it could not read and still renders the rest', () => {
    const binary = path.join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const run = factcheck('report', '--format', 'json', binary, article);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /scan\.txt: looks binary/);
    assert.equal(JSON.parse(run.stdout).articles.length, 1);
  });
});
