import assert from 'node:assert/strict';
import { articlePathForSidecar, formatSidecar, sidecarPathFor } from '../../../server/src/ledger/sidecarFormat';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import type { SourceSlot } from '../../../server/src/ledger/slot';

function slot(id: string, start: number, extra: Partial<SourceSlot> = {}): SourceSlot {
  return {
    id,
    kind: 'statistic',
    anchor: { exact: 'rose 14% “last” year 🚢', prefix: 'Freight\r\n', suffix: ' 港口.', start, end: start + 22 },
    sources: [{ kind: 'url', target: 'https://port.example/report-2025', title: 'Annual report', excerpt: 'Volumes: +14%', accessed: '2026-03-02T10:00:00.000Z' }],
    verdict: 'verified',
    judged: { exact: 'rose 14% “last” year 🚢', by: 'Ana', at: '2026-03-02T09:30:00.000Z' },
    created: '2026-03-01T09:00:00.000Z',
    modified: '2026-03-02T10:00:00.000Z',
    ...extra,
  };
}

const A = '0b7d2f0e-1c2a-4f7e-9b1a-3d5c6e7f8a90';
const B = '5f1e8d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f';

describe('the sidecar format', () => {
  it('sits beside its article, and a watcher can tell which article a sidecar belongs to', () => {
    assert.equal(sidecarPathFor('/news/port strike.md'), '/news/port strike.md.factcheck.json');
    assert.equal(articlePathForSidecar('/news/port strike.md.factcheck.json'), '/news/port strike.md');
    assert.equal(articlePathForSidecar('C:\\news\\a.txt.factcheck.json'), 'C:\\news\\a.txt');
    assert.equal(articlePathForSidecar('/news/.factcheck.json'), undefined, 'the project file is not a sidecar');
    assert.equal(articlePathForSidecar('/news/a.md.factcheck.json.lock'), undefined);
  });

  it('writes a versioned document of W3C Web Annotations, pretty-printed with a final newline', () => {
    const text = formatSidecar('story.md', [slot(A, 40, { note: 'Checked with the port.', creator: 'Ana', dismissed: true, sources: [{ kind: 'file', target: 'notes/call.txt' }] })]);
    assert.ok(text.endsWith('}\n'));
    const document = JSON.parse(text);
    assert.equal(document.version, 1);
    assert.equal(document.article, 'story.md');
    const [annotation] = document.annotations;
    assert.deepEqual(Object.keys(annotation), ['@context', 'id', 'type', 'motivation', 'creator', 'created', 'modified', 'target', 'body']);
    assert.equal(annotation['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(annotation.id, `urn:uuid:${A}`);
    assert.deepEqual(annotation.creator, { type: 'Person', name: 'Ana' });
    assert.deepEqual(annotation.target, {
      source: 'story.md',
      selector: [
        { type: 'TextQuoteSelector', exact: 'rose 14% “last” year 🚢', prefix: 'Freight\r\n', suffix: ' 港口.' },
        { type: 'TextPositionSelector', start: 40, end: 62 },
      ],
    });
    assert.deepEqual(annotation.body, [
      { type: 'TextualBody', purpose: 'classifying', value: 'statistic' },
      { type: 'TextualBody', purpose: 'assessing', value: 'verified', judgedText: 'rose 14% “last” year 🚢', creator: { type: 'Person', name: 'Ana' }, created: '2026-03-02T09:30:00.000Z' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Checked with the port.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'dismissed' },
      { type: 'SpecificResource', purpose: 'linking', source: 'notes/call.txt', sourceKind: 'file' },
    ]);
    assert.match(text, /^\{\n {2}"version": 1,\n {2}"article": "story.md",\n {2}"annotations": \[\n {4}\{\n {6}"@context"/);
  });

  it('writes sources as SpecificResources with excerpt and access date', () => {
    const [annotation] = JSON.parse(formatSidecar('a.txt', [slot(A, 0)])).annotations;
    assert.deepEqual(annotation.body[2], {
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://port.example/report-2025',
      sourceKind: 'url',
      title: 'Annual report',
      selector: { type: 'TextQuoteSelector', exact: 'Volumes: +14%' },
      state: { type: 'TimeState', sourceDate: '2026-03-02T10:00:00.000Z' },
    });
  });

  it('sorts annotations by position then id, whatever order the slots come in', () => {
    const slots = [slot(B, 90), slot(B.replace('5f', '0a'), 10), slot(A, 10)];
    const ids = JSON.parse(formatSidecar('a.txt', slots)).annotations.map((a: { id: string }) => a.id);
    assert.deepEqual(ids, [`urn:uuid:0a1e8d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f`, `urn:uuid:${A}`, `urn:uuid:${B}`]);
    assert.equal(formatSidecar('a.txt', slots), formatSidecar('a.txt', [...slots].reverse()));
  });

  it('never writes an empty slot', () => {
    const empty = slot(B, 5, { sources: [], verdict: undefined });
    const document = JSON.parse(formatSidecar('a.txt', [empty, slot(A, 50)]));
    assert.equal(document.annotations.length, 1);
    assert.equal(JSON.parse(formatSidecar('a.txt', [empty])).annotations.length, 0);
  });

  it('reads back exactly what it wrote', () => {
    const evidence = { sha256: 'a'.repeat(64), size: 1204, modified: '2026-03-01T08:00:00.000Z' };
    const unassessed = slot(B, 90, { sources: [{ kind: 'file', target: '../interviews/quill.txt', evidence }] });
    delete unassessed.verdict;
    delete unassessed.judged;
    const slots = [slot(A, 40, { note: 'Two “sources” 😀', creator: 'Ana', dismissed: true }), unassessed];
    const parsed = parseSidecar(formatSidecar('story.md', slots));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar, { version: 1, article: 'story.md', slots, layout: {} });
  });

  it("keeps another tool's keys, of the sidecar and of each annotation, and a byte order mark", () => {
    const document = JSON.parse(formatSidecar('story.md', [slot(A, 40)]));
    document.generator = { name: 'other-annotator', version: '2.1' };
    document.annotations[0].audience = { type: 'schema:Audience', 'schema:audienceType': 'editors' };
    document.annotations[0].rights = 'https://creativecommons.org/licenses/by/4.0/';
    const text = `\ufeff${JSON.stringify(document, null, 2)}\n`;
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.layout, { extra: { generator: document.generator }, bom: true });
    assert.deepEqual(parsed.sidecar.slots[0].extra, { audience: document.annotations[0].audience, rights: document.annotations[0].rights });
    assert.equal(formatSidecar('story.md', parsed.sidecar.slots, parsed.sidecar.layout), text);
  });
});

describe('a workspace file’s fingerprint in the sidecar', () => {
  const evidence = { sha256: 'c'.repeat(64), size: 12, modified: '2026-03-01T08:00:00.000Z' };

  it('is written on the file source as "evidence"', () => {
    const [annotation] = JSON.parse(formatSidecar('a.txt', [slot(A, 0, { sources: [{ kind: 'file', target: 'notes/call.txt', evidence }] })])).annotations;
    assert.deepEqual(annotation.body.at(-1), { type: 'SpecificResource', purpose: 'linking', source: 'notes/call.txt', sourceKind: 'file', evidence });
  });

  it('is refused when it is not a SHA-256, a size and a date-time, or sits on a web source', () => {
    const document = JSON.parse(formatSidecar('a.txt', [slot(A, 0, { sources: [{ kind: 'file', target: 'notes/call.txt', evidence }] })]));
    const bad = (change: (body: Record<string, unknown>) => void): string => {
      const copy = structuredClone(document);
      change(copy.annotations[0].body.at(-1));
      const parsed = parseSidecar(JSON.stringify(copy));
      assert.ok(!parsed.ok);
      return parsed.problems.map((p) => p.message).join('\n');
    };
    assert.match(bad((b) => ((b.evidence as { sha256: string }).sha256 = 'XYZ')), /evidence.*sha256 must be 64 lower-case hex digits/);
    assert.match(bad((b) => ((b.evidence as { size: number }).size = -1)), /size must be a whole number/);
    assert.match(bad((b) => ((b.evidence as { modified: string }).modified = 'soon')), /modified must be an ISO 8601 date-time/);
    assert.match(bad((b) => ((b.source = 'https://port.example/'), (b.sourceKind = 'url'))), /only a workspace file has a fingerprint/);
  });
});

describe('a web source’s kept copy in the sidecar', () => {
  const sha256 = 'd'.repeat(64);
  const web = { kind: 'url' as const, target: 'https://port.example/budget', accessed: '2026-03-02T10:00:00.000Z' };

  it('is linked with the TimeState’s "cached", its details beside it, and read back the same', () => {
    const archive = { cached: `../.factcheck/sources/${sha256}.html`, sha256, retrieved: '2026-03-02T10:00:05.000Z', status: 200, contentType: 'text/html' };
    const failed = { error: 'the server answered 404 Not Found', retrieved: '2026-03-02T10:00:06.000Z', status: 404 };
    const slots = [slot(A, 0, { sources: [{ ...web, archive }, { ...web, target: 'https://port.example/gone', archive: failed }] })];
    const text = formatSidecar('a.txt', slots);
    const [annotation] = JSON.parse(text).annotations;
    assert.deepEqual(annotation.body.at(-2), {
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://port.example/budget',
      sourceKind: 'url',
      state: { type: 'TimeState', sourceDate: '2026-03-02T10:00:00.000Z', cached: archive.cached },
      archive: { sha256, retrieved: archive.retrieved, status: 200, contentType: 'text/html' },
    });
    assert.deepEqual(annotation.body.at(-1).archive, failed);
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.slots, slots);
  });

  it('is refused when the copy lies anywhere but .factcheck/sources under its own SHA-256', () => {
    const archive = { cached: `../.factcheck/sources/${sha256}.html`, sha256, retrieved: '2026-03-02T10:00:05.000Z', status: 200, contentType: 'text/html' };
    const document = JSON.parse(formatSidecar('a.txt', [slot(A, 0, { sources: [{ ...web, archive }] })]));
    document.annotations[0].body.at(-1).state.cached = '../../../etc/passwd';
    const parsed = parseSidecar(JSON.stringify(document));
    assert.ok(!parsed.ok);
    assert.match(parsed.problems[0].message, /archive.*a kept copy must be a file \.factcheck\/sources/);
  });
});

describe('a sidecar written before verdicts recorded their words', () => {
  /** As the extension wrote it then: an "assessing" body with only its value. */
  function oldSidecar(): string {
    const document = JSON.parse(formatSidecar('story.md', [slot(A, 40)]));
    document.annotations[0].body[1] = { type: 'TextualBody', purpose: 'assessing', value: 'verified' };
    return JSON.stringify(document, null, 2);
  }

  it('still loads, taking the words its anchor recorded as the ones judged, with no one and no time', () => {
    const parsed = parseSidecar(oldSidecar());
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.slots[0].judged, { exact: 'rose 14% “last” year 🚢' });
  });

  it('writes those words with the next change, and reads the same back', () => {
    const parsed = parseSidecar(oldSidecar());
    assert.ok(parsed.ok);
    const rewritten = formatSidecar('story.md', parsed.sidecar.slots);
    assert.deepEqual(JSON.parse(rewritten).annotations[0].body[1], { type: 'TextualBody', purpose: 'assessing', value: 'verified', judgedText: 'rose 14% “last” year 🚢' });
    const again = parseSidecar(rewritten);
    assert.ok(again.ok);
    assert.deepEqual(again.sidecar.slots, parsed.sidecar.slots);
  });

  it('refuses judged words that are not text, and a verdict date that is not one', () => {
    const document = JSON.parse(formatSidecar('story.md', [slot(A, 40)]));
    document.annotations[0].body[1].judgedText = 14;
    document.annotations[0].body[1].created = 'yesterday';
    const parsed = parseSidecar(JSON.stringify(document));
    assert.ok(!parsed.ok);
    assert.match(parsed.problems.map((p) => p.message).join('\n'), /body\[1\]\.judgedText.*must be the claim's words/);
  });
});

describe('reading a malformed sidecar', () => {
  const good = formatSidecar('story.md', [slot(A, 40), slot(B, 90)]);

  function problems(text: string) {
    const parsed = parseSidecar(text);
    assert.ok(!parsed.ok, 'expected the sidecar to be refused');
    return parsed.problems;
  }

  it('reports bad JSON with its line and column', () => {
    const broken = good.replace('"article": "story.md",', '"article": "story.md",,');
    const [problem] = problems(broken);
    assert.equal(problem.line, 2);
    assert.equal(problem.character, 24);
    assert.match(problem.message, /Not valid JSON: expected a property name in double quotes but found "," \(line 3, column 25\)/);
  });

  it('reports a trailing comma, an unclosed string, a truncated file and an empty file', () => {
    assert.match(problems('{\n  "version": 1,\n}\n')[0].message, /trailing comma before '}' \(line 2, column 15\)/);
    assert.match(problems('{"version": 1, "article": "a.md\n')[0].message, /control character/);
    assert.match(problems(good.slice(0, 200))[0].message, /Not valid JSON/);
    assert.match(problems('')[0].message, /expected a value but found the end of the file \(line 1, column 1\)/);
  });

  it('reports git conflict markers with the line of the first one', () => {
    const lines = good.split('\n');
    lines.splice(3, 0, '<<<<<<< HEAD');
    lines.splice(10, 0, '=======');
    lines.splice(14, 0, '>>>>>>> theirs');
    const [problem] = problems(lines.join('\n'));
    assert.equal(problem.line, 3);
    assert.match(problem.message, /merge conflict/);
  });

  it('reports a missing, unknown or newer version', () => {
    assert.match(problems('{"article": "a.md", "annotations": []}')[0].message, /Missing "version"/);
    assert.match(problems('{"version": "1", "article": "a.md", "annotations": []}')[0].message, /Unknown sidecar version "1"/);
    const newer = problems('{\n"version": 2, "article": "a.md", "annotations": []}')[0];
    assert.match(newer.message, /newer version/);
    assert.equal(newer.line, 1);
  });

  it('reports a document of the wrong shape', () => {
    assert.match(problems('[]')[0].message, /must be a JSON object/);
    assert.match(problems('{"version": 1, "article": "a.md", "annotations": {}}')[0].message, /"annotations" must be a list/);
    assert.match(problems('{"version": 1, "article": 3, "annotations": []}')[0].message, /"article" must be/);
  });

  it('names the annotation and field at fault, on the line of the annotation', () => {
    const document = JSON.parse(good);
    document.annotations[1].target.selector[1].start = -3;
    document.annotations[1].body[1].value = 'true-ish';
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const found = problems(text);
    assert.equal(found.length, 2);
    assert.match(found[0].message, new RegExp(`^Annotation 2 \\(urn:uuid:${B}\\), field "target.selector\\[1\\].start": must be a whole number >= 0, found number -3`));
    assert.match(found[1].message, /field "body\[1\]\.value": unknown verdict the text "true-ish"; expected one of verified, partly-true/);
    assert.equal(found[0].line, text.split('\n').findIndex((line) => line.includes(`urn:uuid:${B}`)));
  });

  /** An annotation as JSON.parse gives it, to be spoiled field by field. */
  type Parsed = ReturnType<typeof JSON.parse>;
  const shapeCases: [string, (a: Parsed) => void, RegExp][] = [
    ['a missing id', (a) => delete a.id, /field "id": must be "urn:uuid:<uuid>", found missing/],
    ['an id that is not a urn:uuid', (a) => (a.id = 'urn:uuid:../../x'), /is not a urn:uuid/],
    ['a wrong type', (a) => (a.type = 'Note'), /field "type": must be "Annotation"/],
    ['a wrong @context', (a) => (a['@context'] = 'http://example.invalid/'), /field "@context"/],
    ['a bad date', (a) => (a.modified = 'yesterday'), /field "modified": "yesterday" is not an ISO 8601 date-time/],
    ['a missing target', (a) => delete a.target, /field "target": must be an object, found missing/],
    ['no quote selector', (a) => a.target.selector.splice(0, 1), /needs a TextQuoteSelector/],
    ['no position selector', (a) => a.target.selector.splice(1, 1), /needs a TextPositionSelector/],
    ['an empty quote', (a) => (a.target.selector[0].exact = ''), /"target.selector\[0\].exact": must not be empty/],
    ['end before start', (a) => (a.target.selector[1].end = 1), /end 1 is before start 40/],
    ['a missing body', (a) => delete a.body, /field "body": missing/],
    ['no finding kind', (a) => a.body.splice(0, 1), /exactly one "classifying" body/],
    ['an unknown finding kind', (a) => (a.body[0].value = 'rumour'), /unknown finding kind the text "rumour"/],
    ['two verdicts', (a) => a.body.push({ type: 'TextualBody', purpose: 'assessing', value: 'false' }), /a second verdict/],
    ['an unknown purpose', (a) => a.body.push({ type: 'TextualBody', purpose: 'bookmarking', value: 'x' }), /unknown purpose the text "bookmarking"/],
    ['an unknown tag', (a) => a.body.push({ type: 'TextualBody', purpose: 'tagging', value: 'later' }), /unknown tag/],
    ['a javascript: link', (a) => (a.body[2].source = 'javascript:alert(1)'), /must start with http:\/\/ or https:\/\//],
    ['an absolute file path', (a) => Object.assign(a.body[2], { source: '/etc/passwd', sourceKind: 'file' }), /must be relative to the article's folder/],
    ['a bad source kind', (a) => (a.body[2].sourceKind = 'ftp'), /"body\[2\].sourceKind": must be "url" or "file"/],
    ['a bad excerpt', (a) => (a.body[2].selector = 'Volumes'), /the excerpt must be/],
    ['a bad creator', (a) => (a.creator = 42), /field "creator"/],
  ];
  for (const [name, spoil, expected] of shapeCases) {
    it(`names the field for ${name}`, () => {
      const document = JSON.parse(good);
      spoil(document.annotations[0]);
      const found = problems(JSON.stringify(document));
      assert.ok(found.some((p) => /^Annotation 1/.test(p.message) && expected.test(p.message)), found.map((p) => p.message).join('\n'));
    });
  }

  it('refuses an annotation that is not an object', () => {
    assert.match(problems('{"version": 1, "article": "a.md", "annotations": [7]}')[0].message, /Annotation 1: an annotation must be an object, found number 7/);
  });

  it('merges two entries with one id, as left by a hand-resolved conflict', () => {
    const document = JSON.parse(good);
    const older = structuredClone(document.annotations[0]);
    older.modified = '2026-01-01T00:00:00.000Z';
    older.body = [older.body[0], { type: 'TextualBody', purpose: 'commenting', value: 'Older note' }, { type: 'SpecificResource', purpose: 'linking', source: 'https://other.example/', sourceKind: 'url' }];
    document.annotations.push(older);
    const parsed = parseSidecar(JSON.stringify(document));
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.slots.length, 2);
    const merged = parsed.sidecar.slots.find((s) => s.id === A);
    assert.equal(merged?.verdict, 'verified');
    assert.equal(merged?.note, 'Older note');
    assert.deepEqual(merged?.sources.map((s) => s.target), ['https://other.example/', 'https://port.example/report-2025']);
  });

  it('accepts a byte-order mark and a creator given as plain text', () => {
    const document = JSON.parse(good);
    document.annotations[0].creator = 'acct:ana@desk';
    const parsed = parseSidecar(`\ufeff${JSON.stringify(document)}`);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.slots[0].creator, 'acct:ana@desk');
  });
});
