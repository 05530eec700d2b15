// The built CLI on real files: the JSON shape of issue #2, text lines, unreadable files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/engine/analyze';
import { anchorAt } from '../../server/src/ledger/anchor';
import { formatSidecar } from '../../server/src/ledger/sidecarFormat';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'server/bin/factcheck.js');
const SAMPLE = 'samples/harbour-bridge.txt';

function factcheck(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SPAN_KEYS = ['end', 'start', 'text'];
const FINDING_KEYS = ['attribution', 'character', 'check', 'content', 'cue', 'end', 'id', 'kind', 'line', 'message', 'parts', 'reportedBy', 'sentence', 'sources', 'speaker', 'start', 'status', 'text', 'verdict'];

interface Span {
  start: number;
  end: number;
}

interface FindingJson extends Span {
  id: string;
  kind: string;
  text: string;
  sentence: number;
  cue: Span | null;
  speaker: (Span & { text: string }) | null;
  content: Span | null;
  [key: string]: unknown;
}

describe('factcheck check', function () {
  const scratch = mkdtempSync(path.join(tmpdir(), 'factcheck-cli-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints the versioned JSON shape with UTF-16 offsets and LSP positions', () => {
    const { code, stdout } = factcheck('check', '--format', 'json', SAMPLE);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report).sort(), ['files', 'version']);
    assert.equal(report.version, 2);
    assert.equal(report.files[0].path, SAMPLE);
    assert.deepEqual(Object.keys(report.files[0]).sort(), ['findings', 'path', 'sentences']);
    const { findings, sentences } = report.files[0] as { findings: FindingJson[]; sentences: (Span & { text: string })[] };
    assert.ok(findings.length > 5, 'the sample has many findings');
    const text = readFileSync(path.join(ROOT, SAMPLE), 'utf8');
    for (const [i, s] of sentences.entries()) {
      assert.deepEqual(Object.keys(s).sort(), SPAN_KEYS);
      assert.equal(s.text, text.slice(s.start, s.end));
      if (i > 0) assert.ok(sentences[i - 1].end <= s.start, 'in text order, never overlapping');
    }
    assert.ok(sentences.length < findings.length, 'a sentence of several findings is written once');
    for (const f of findings) {
      assert.deepEqual(Object.keys(f).sort(), FINDING_KEYS);
      assert.equal(f.text, text.slice(f.start, f.end));
      const before = text.slice(0, f.start).split('\n');
      assert.equal(f.line, before.length - 1);
      assert.equal(f.character, before[before.length - 1].length);
      if (f.cue) assert.deepEqual(Object.keys(f.cue).sort(), SPAN_KEYS);
      if (f.content) assert.deepEqual(Object.keys(f.content).sort(), ['end', 'start']);
      if (f.speaker) assert.deepEqual(Object.keys(f.speaker).sort(), ['end', 'name', 'start', 'text']);
      // Every span of the finding is read from its sentence.
      const sentence = sentences[f.sentence];
      for (const span of [f, f.cue, f.speaker, f.content]) if (span) assert.ok(sentence.start <= span.start && span.end <= sentence.end, `${f.id} lies in its sentence`);
      if (f.content) assert.ok(sentence.text.slice(f.content.start - sentence.start, f.content.end - sentence.start).length > 0);
      assert.equal(f.status, 'open');
      assert.equal(f.verdict, null);
      assert.deepEqual(f.sources, []);
      assert.equal(f.check, null);
    }
    const quote = findings.find((f: { kind: string; text: string }) => f.kind === 'quote' && f.text.startsWith('“We followed'));
    assert.ok(quote, 'the first quote of the sample');
    assert.equal(quote.speaker?.text, 'Dana Whitlock, the company’s operations director');
  });

  it('gives a quote and its attribution as one finding, an interrupted quote with its parts', () => {
    // Written for this test: curly quotes and an emoji before the findings, a quote split by its attribution.
    const article = path.join(scratch, 'quay.txt');
    const text = '🚢 Quay report.\n\n“The crane is fixed,” said Ana Ruiz, “and back in use by Friday.”\n\n“We were not told,” the pilots said.\n';
    writeFileSync(article, text);
    const { code, stdout } = factcheck('check', '--format', 'json', article);
    assert.equal(code, 0);
    const findings = JSON.parse(stdout).files[0].findings;
    assert.deepEqual(findings.filter((f: { kind: string }) => f.kind === 'attribution'), [], 'no attribution beside its quote');
    const quotes = findings.filter((f: { kind: string }) => f.kind === 'quote');
    assert.deepEqual(
      quotes.map((f: { text: string; cue: { text: string }; speaker: { text: string }; attribution: { text: string }; parts: Span[] | null }) => [f.text, f.cue.text, f.speaker.text, f.attribution.text, f.parts?.map((p) => text.slice(p.start, p.end)) ?? null]),
      [
        ['“The crane is fixed,” said Ana Ruiz, “and back in use by Friday.”', 'said', 'Ana Ruiz', 'said Ana Ruiz', ['“The crane is fixed,”', '“and back in use by Friday.”']],
        ['“We were not told,”', 'said', 'the pilots', 'the pilots said', null],
      ],
    );
    for (const f of quotes) {
      for (const span of [f, f.cue, f.speaker, f.attribution]) assert.equal(span.text, text.slice(span.start, span.end));
      for (const part of f.parts ?? []) assert.ok(f.start <= part.start && part.end <= f.end, 'a part lies in its quote');
    }
  });

  it('gives the same ids run after run', () => {
    const ids = () => JSON.parse(factcheck('check', '--format', 'json', SAMPLE).stdout).files[0].findings.map((f: { id: string }) => f.id);
    assert.deepEqual(ids(), ids());
  });

  it('prints path:line:col: kind: lines that name their words, then the task', () => {
    const { code, stdout } = factcheck('check', SAMPLE);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.length > 5);
    for (const line of lines) assert.match(line, /^samples\/harbour-bridge\.txt:\d+:\d+: [a-z-]+: [^:]+.*‘.+’.* — .+/);
    // Two unattributed claims read differently: each quotes its own sentence.
    const unattributed = lines.filter((line) => line.includes(': unattributed: '));
    assert.ok(unattributed.length >= 2 && new Set(unattributed.map((line) => line.replace(/^[^ ]+ /, ''))).size === unattributed.length, unattributed.join('\n'));
    assert.ok(lines.some((line) => /: quote: Quote by Dana Whitlock[^:]*: ‘We followed every rule in the book’ — needs a source$/.test(line)), stdout);
    assert.ok(lines.some((line) => /: allegation: Allegation by a report by the regional transport authority: ‘allegedly skipped .*’ — confirm the report says so/.test(line)), stdout);
  });

  it('reports binary and non-UTF-8 files on stderr, exits non-zero, and still checks the rest', () => {
    const binary = path.join(scratch, 'photo.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46]));
    const latin1 = path.join(scratch, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 owner said "prices rose".', 'latin1'));
    const { code, stdout, stderr } = factcheck('check', '--format', 'json', binary, SAMPLE, latin1, path.join(scratch, 'missing.txt'));
    assert.equal(code, 2);
    assert.match(stderr, /photo\.txt: looks binary/);
    assert.match(stderr, /latin1\.txt: is not valid UTF-8/);
    assert.match(stderr, /missing\.txt: cannot read: no such file/);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), [SAMPLE]);
  });

  it('refuses an article longer than the editor’s limit, or than --max-length, and checks the rest', () => {
    // Text written for this test: one character over the default limit of 1,000,000.
    const huge = path.join(scratch, 'huge.txt');
    writeFileSync(huge, 'x'.repeat(1_000_001));
    const refused = factcheck('check', '--format', 'json', huge, SAMPLE);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /huge\.txt: has 1,000,001 characters, more than the limit of 1,000,000; not analysed \(raise it with --max-length\)/);
    assert.deepEqual(JSON.parse(refused.stdout).files.map((f: { path: string }) => f.path), [SAMPLE]);
    const short = factcheck('check', '--max-length', '100', SAMPLE);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /more than the limit of 100; not analysed/);
    const raised = factcheck('check', '--max-length', '1000001', huge);
    assert.equal(raised.code, 0, raised.stderr);
    assert.equal(factcheck('check', '--max-length', 'lots', SAMPLE).code, 2);
  });

  it('accepts hundreds of files in one call', () => {
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const file = path.join(scratch, `brief-${i}.txt`);
      writeFileSync(file, `“Turnout was ${i} per cent higher,” said returning officer Kim Ode.\n`);
      files.push(file);
    }
    const { code, stdout } = factcheck('check', '--format', 'json', ...files);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.files.length, 300);
    for (const file of report.files) assert.ok(file.findings.some((f: { kind: string }) => f.kind === 'quote'));
  });

  it('uses the lexicon of the project file in the current folder, and refuses a broken one', () => {
    const folder = mkdtempSync(path.join(scratch, 'project-'));
    writeFileSync(path.join(folder, 'pier.txt'), 'The harbour master vlogged that the pier would close.\n');
    const check = () => {
      const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', 'pier.txt'], { cwd: folder, encoding: 'utf8' });
      return { code: run.status, stderr: run.stderr, cues: run.status === 0 ? JSON.parse(run.stdout).files[0].findings.map((f: { cue?: { text: string } }) => f.cue?.text) : [] };
    };
    assert.ok(!check().cues.includes('vlogged'));
    writeFileSync(path.join(folder, '.factcheck.json'), '{ "version": 1, "lexicon": { "reportingVerbs": ["vlogged"] } }\n');
    assert.ok(check().cues.includes('vlogged'));
    writeFileSync(path.join(folder, '.factcheck.json'), '{ "version": 1, "lexicon": { "reportingVerbs": "vlogged" } }\n');
    const broken = check();
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /\.factcheck\.json:1:\d+: .*lexicon\.reportingVerbs/);
  });

  it('leaves out the kinds that are off (hedges, by default) unless the project file turns them on', () => {
    const folder = mkdtempSync(path.join(scratch, 'hedges-'));
    writeFileSync(path.join(folder, 'dam.txt'), 'The dam may need repairs, said engineer Jo Park.\n');
    const kinds = () => {
      const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', 'dam.txt'], { cwd: folder, encoding: 'utf8' });
      return JSON.parse(run.stdout).files[0].findings.map((f: { kind: string }) => f.kind) as string[];
    };
    assert.ok(!kinds().includes('hedge'));
    assert.ok(kinds().includes('attribution'));
    writeFileSync(path.join(folder, '.factcheck.yaml'), 'version: 1\nseverity:\n  hedge: information\n');
    assert.ok(kinds().includes('hedge'));
  });

  it('still finds a hedge with hedges off when a slot in the ledger is on it', () => {
    const folder = mkdtempSync(path.join(scratch, 'hedge-slot-'));
    const text = 'The ferry may sail late on Sunday.\n';
    writeFileSync(path.join(folder, 'ferry.txt'), text);
    const [hedge] = analyze(text).filter((f) => f.kind === 'hedge');
    const now = '2026-01-01T00:00:00.000Z';
    const slot = { id: 'h1', kind: 'hedge' as const, anchor: anchorAt(text, hedge), sources: [], verdict: 'verified' as const, created: now, modified: now };
    writeFileSync(path.join(folder, 'ferry.txt.factcheck.json'), formatSidecar('ferry.txt', [slot]));
    const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', 'ferry.txt'], { cwd: folder, encoding: 'utf8' });
    const findings = JSON.parse(run.stdout).files[0].findings as { kind: string; status: string }[];
    assert.deepEqual(findings.filter((f) => f.kind === 'hedge').map((f) => f.status), ['open']);
  });

  it('writes one 100 KB sentence of 5,000 figures once, not once per figure (issue 14: 500 MB before)', () => {
    // Text written for this test: issue 14's worst case.
    const file = path.join(scratch, 'one-sentence.txt');
    const text = `${'prices rose 14% and '.repeat(5_000).trim()}.\n`;
    writeFileSync(file, text);
    const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(run.status, 0, run.stderr);
    const { sentences, findings } = JSON.parse(run.stdout).files[0];
    assert.ok(findings.length >= 5_000, `${findings.length} findings`);
    const written = sentences.reduce((sum: number, s: { text: string }) => sum + s.text.length, 0);
    assert.ok(written <= text.length, `the sentences hold ${written} characters of ${text.length}`);
    // Each finding's record (offsets, id, message) is a few hundred bytes: 5,000 of them in 100 KB.
    const bytes = Buffer.byteLength(run.stdout);
    assert.ok(bytes <= 40 * text.length, `${bytes} bytes for ${text.length}`);
  });

  it('rejects bad usage with exit code 2', () => {
    assert.equal(factcheck('check', '--format', 'xml', SAMPLE).code, 2);
    assert.equal(factcheck('check').code, 2);
    assert.equal(factcheck('frobnicate', SAMPLE).code, 2);
  });
});
