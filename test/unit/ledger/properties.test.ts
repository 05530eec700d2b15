// Property tests: whatever the text and whatever the edits, anchoring never throws, never leaves
// the document, and joining never loses a slot.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FINDING_KINDS, type Finding } from '../../../server/src/analysis/finding';
import { anchorAt, findAnchor } from '../../../server/src/ledger/anchor';
import { joinClaims } from '../../../server/src/ledger/join';
import { findJsonSyntaxError } from '../../../server/src/position/jsonSyntaxError';
import { formatSidecar } from '../../../server/src/ledger/sidecarFormat';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import { VERDICTS, type SourceSlot } from '../../../server/src/ledger/slot';

const TOKENS = ['The', 'mayor', 'said', 'rose', '14%', '£40m', '“', '”', '‘quote’', '😀', '🚢', '港口', '委员会', ' ', ' ', ' ', '.', ',', '\n', '\r\n', '\n\n', 'a', 'officials', 'according to'];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((tokens) => tokens.join(''));

type Edit =
  | { type: 'insert'; at: number; words: string }
  | { type: 'delete'; at: number; length: number }
  | { type: 'replace'; at: number; length: number; words: string }
  | { type: 'toLf' }
  | { type: 'toCrlf' }
  | { type: 'reorderParagraphs'; seed: number }
  | { type: 'replaceAll'; words: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('insert' as const), at: fraction, words: text }),
  fc.record({ type: fc.constant('delete' as const), at: fraction, length: fc.nat(40) }),
  fc.record({ type: fc.constant('replace' as const), at: fraction, length: fc.nat(20), words: text }),
  fc.constant({ type: 'toLf' as const }),
  fc.constant({ type: 'toCrlf' as const }),
  fc.record({ type: fc.constant('reorderParagraphs' as const), seed: fc.nat() }),
  fc.record({ type: fc.constant('replaceAll' as const), words: text }),
);

function applyTextEdit(before: string, e: Edit): string {
  const at = (f: number) => Math.floor(f * before.length);
  switch (e.type) {
    case 'insert':
      return before.slice(0, at(e.at)) + e.words + before.slice(at(e.at));
    case 'delete':
      return before.slice(0, at(e.at)) + before.slice(at(e.at) + e.length);
    case 'replace':
      return before.slice(0, at(e.at)) + e.words + before.slice(at(e.at) + e.length);
    case 'toLf':
      return before.replace(/\r\n/g, '\n');
    case 'toCrlf':
      return before.replace(/\r?\n/g, '\r\n');
    case 'reorderParagraphs': {
      const paragraphs = before.split('\n\n');
      const first = paragraphs.splice(e.seed % paragraphs.length, 1);
      return [...paragraphs, ...first].join('\n\n');
    }
    case 'replaceAll':
      return e.words;
  }
}

/** A text, some spans in it, and the slots on them. */
const ledger = text
  .filter((t) => t.length > 0)
  .chain((t) =>
    fc
      .array(
        fc.record({ a: fc.nat(t.length), b: fc.nat(t.length), kind: fc.constantFrom(...FINDING_KINDS), verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }) }),
        { minLength: 1, maxLength: 8 },
      )
      .map((spans) => ({
        text: t,
        slots: spans
          .map(({ a, b, kind, verdict }, i): SourceSlot => {
            const slot: SourceSlot = { id: `slot-${i}`, kind, anchor: anchorAt(t, { start: Math.min(a, b), end: Math.max(a, b) }), sources: [], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
            if (verdict) slot.verdict = verdict;
            return slot;
          })
          .filter((slot) => slot.anchor.exact.length > 0),
      })),
  );

function findingsIn(t: string, seed: number): Finding[] {
  const findings: Finding[] = [];
  for (let start = seed % 7; start + 5 <= t.length; start += 11) {
    findings.push({ id: `f-${start}`, kind: FINDING_KINDS[(start + seed) % FINDING_KINDS.length], start, end: Math.min(t.length, start + 5 + (seed % 13)), message: '' });
  }
  return findings;
}

describe('anchoring and joining, for any text and any edits', () => {
  it('never throws, never leaves the document, never loses a slot or a finding', () => {
    fc.assert(
      fc.property(ledger, fc.array(edit, { maxLength: 6 }), fc.nat(), ({ text: original, slots }, edits, seed) => {
        let current = original;
        for (const e of edits) {
          current = applyTextEdit(current, e);
          for (const slot of slots) {
            const result = findAnchor(current, slot.anchor);
            if (result.found) {
              assert.ok(result.range.start >= 0 && result.range.start <= result.range.end && result.range.end <= current.length, `range ${JSON.stringify(result.range)} outside a text of ${current.length}`);
            }
          }
          const findings = findingsIn(current, seed);
          const claims = joinClaims(current, findings, slots);
          assert.deepEqual(claims.filter((c) => c.slot).map((c) => c.slot?.id).sort(), slots.map((s) => s.id).sort(), 'every slot exactly once');
          assert.deepEqual(claims.filter((c) => c.finding).map((c) => c.finding?.id).sort(), findings.map((f) => f.id).sort(), 'every finding exactly once');
          for (const claim of claims) {
            assert.ok(claim.range.start >= 0 && claim.range.end <= current.length && claim.range.start <= claim.range.end);
            if (claim.status === 'orphaned') assert.equal(claim.finding, undefined);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same words again after any edit that leaves the claim itself alone', () => {
    // Article-like text: a varied vocabulary, claims of eight characters or more away from the
    // ends. (With a handful of tokens, or a claim of two letters, "the same words" is ambiguous.)
    const word = fc.oneof(fc.constantFrom('😀', '港口', '“', '”', '\r\n', '\n\n', '.', ','), fc.nat(400).map((n) => `w${n.toString(36)}`));
    const prose = fc.array(word, { maxLength: 80 }).map((words) => words.join(' '));
    const framed = fc.tuple(prose, prose, prose).map(([before, claim, after]) => ({ text: `Harbour report, 1 May.\n\n${before} ${claim} ${after}\n\nEnds.`, claim }));
    const articleLedger = framed
      .filter(({ claim }) => claim.length >= 8)
      .map(({ text: t, claim }) => {
        const start = t.indexOf(` ${claim} `) + 1;
        return { text: t, slots: [{ anchor: anchorAt(t, { start, end: start + claim.length }) }] };
      });
    fc.assert(
      fc.property(articleLedger, fc.array(fc.record({ before: fc.boolean(), at: fraction, words: prose, cut: fc.nat(30) }), { maxLength: 6 }), ({ text: original, slots }, edits) => {
        for (const slot of slots) {
          let current = original;
          let start = slot.anchor.start;
          let end = slot.anchor.end;
          for (const e of edits) {
            // Edit either the text before the claim or the text after it, never the claim.
            if (e.before) {
              const cutFrom = Math.floor(e.at * start);
              const cutTo = Math.min(start, cutFrom + e.cut);
              current = current.slice(0, cutFrom) + e.words + current.slice(cutTo);
              const shift = e.words.length - (cutTo - cutFrom);
              start += shift;
              end += shift;
            } else {
              const cutFrom = end + Math.floor(e.at * (current.length - end));
              current = current.slice(0, cutFrom) + e.words + current.slice(Math.min(current.length, cutFrom + e.cut));
            }
          }
          assert.equal(current.slice(start, end), slot.anchor.exact, 'test setup');
          const result = findAnchor(current, slot.anchor);
          assert.ok(result.found, `lost ${JSON.stringify(slot.anchor.exact)} in ${JSON.stringify(current)}`);
          assert.equal(current.slice(result.range.start, result.range.end), slot.anchor.exact);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sidecar, for any slots', () => {
  const slot: fc.Arbitrary<SourceSlot> = fc
    .record({
      id: fc.uuid(),
      kind: fc.constantFrom(...FINDING_KINDS),
      exact: fc.string({ unit: 'binary', minLength: 1 }),
      prefix: fc.string({ unit: 'binary' }),
      suffix: fc.string({ unit: 'binary' }),
      start: fc.nat(10_000),
      length: fc.nat(500),
      note: fc.option(fc.string({ unit: 'binary', minLength: 1 }), { nil: undefined }),
      verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }),
      judgedWords: fc.string({ unit: 'binary' }),
      judge: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
      dismissed: fc.boolean(),
      title: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
      path: fc.stringMatching(/^[a-z0-9_-][a-z0-9 _-]{0,11}(\/[a-z0-9 ._-]{1,12}){0,2}$/),
    })
    .map((r) => {
      const s: SourceSlot = {
        id: r.id,
        kind: r.kind,
        anchor: { exact: r.exact, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.start + r.length },
        sources: [{ kind: 'file', target: r.path }, { kind: 'url', target: `https://example.org/${encodeURIComponent(r.exact)}`, ...(r.title !== undefined ? { title: r.title } : {}) }],
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-02T00:00:00.000Z',
      };
      if (r.note !== undefined) s.note = r.note;
      if (r.verdict !== undefined) {
        s.verdict = r.verdict;
        s.judged = { exact: r.judgedWords || r.exact, ...(r.judge !== undefined ? { by: r.judge, at: '2026-01-02T00:00:00.000Z' } : {}) };
      }
      if (r.dismissed) s.dismissed = true;
      return s;
    });

  it('reads back every slot it writes, in a stable order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slot, { selector: (s) => s.id, maxLength: 10 }), (slots) => {
        const written = formatSidecar('article.md', slots);
        const parsed = parseSidecar(written);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems[0].message);
        assert.equal(parsed.sidecar.slots.length, slots.length);
        const byId = (a: SourceSlot, b: SourceSlot) => (a.id < b.id ? -1 : 1);
        assert.deepEqual([...parsed.sidecar.slots].sort(byId), [...slots].sort(byId));
        assert.equal(formatSidecar('article.md', parsed.sidecar.slots), written);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any text, and places every problem inside the file', () => {
    const good = formatSidecar('article.md', [
      { id: '0b7d2f0e-1c2a-4f7e-9b1a-3d5c6e7f8a90', kind: 'quote', anchor: { exact: '“Yes,”', prefix: '', suffix: ' she said', start: 0, end: 6 }, sources: [], verdict: 'opinion', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' },
    ]);
    const damaged = fc.tuple(fc.nat(good.length), fc.nat(12), fc.string()).map(([at, cut, insert]) => good.slice(0, at) + insert + good.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), damaged, fc.jsonValue().map((v) => JSON.stringify({ version: 1, article: 'a', annotations: [v] }))), (input) => {
        const parsed = parseSidecar(input);
        if (!parsed.ok) {
          const lines = input.split('\n');
          for (const problem of parsed.problems) {
            assert.ok(problem.message.length > 0);
            assert.ok(problem.line >= 0 && problem.line < lines.length, `line ${problem.line} of ${lines.length}`);
            assert.ok(problem.character >= 0 && problem.character <= lines[problem.line].length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a JSON syntax error exactly when JSON.parse refuses the text', () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc.json().chain((j) => fc.tuple(fc.nat(j.length), fc.constantFrom(',', '}', ']', '"', ':', '\\', '\n', 'x', '1', '-', '.', 'e', ' ')).map(([at, c]) => j.slice(0, at) + c + j.slice(at))),
      fc.json().chain((j) => fc.nat(Math.max(0, j.length - 1)).map((at) => j.slice(0, at) + j.slice(at + 1))),
    );
    fc.assert(
      fc.property(nearJson, (input) => {
        let valid = true;
        try {
          JSON.parse(input);
        } catch {
          valid = false;
        }
        const error = findJsonSyntaxError(input);
        assert.equal(error === undefined, valid, `${JSON.stringify(input)}: ${error?.message}`);
        if (error) assert.ok(error.offset >= 0 && error.offset <= input.length);
      }),
      { numRuns: 1000 },
    );
  });
});
