import assert from 'node:assert/strict';
import type { Finding, FindingKind } from '../../../server/src/analysis/finding';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { joinClaims, joinSteps } from '../../../server/src/ledger/join';
import type { SourceSlot } from '../../../server/src/ledger/slot';

const TEXT = 'Rents rose 9% in March, the agency said. “It is a crisis,” said Ines Baro. Officials said nothing.';

function finding(kind: FindingKind, words: string, text = TEXT): Finding {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `test setup: ${words}`);
  return { id: `${kind}-${start}`, kind, start, end: start + words.length, message: kind };
}

function slotOn(id: string, kind: FindingKind, words: string, extra: Partial<SourceSlot> = {}, text = TEXT): SourceSlot {
  const start = text.indexOf(words);
  return { id, kind, anchor: anchorAt(text, { start, end: start + words.length }), sources: [], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', ...extra };
}

const source = { kind: 'url' as const, target: 'https://agency.example/march' };

describe('joining findings with their slots into claims', () => {
  const rise = finding('statistic', 'Rents rose 9% in March');
  const quote = finding('quote', '“It is a crisis,”');
  const anonymous = finding('anonymous-source', 'Officials said');

  it('gives each finding without a slot an open claim', () => {
    const claims = joinClaims(TEXT, [rise, quote], []);
    assert.deepEqual(claims, [
      { status: 'open', range: { start: rise.start, end: rise.end }, finding: rise },
      { status: 'open', range: { start: quote.start, end: quote.end }, finding: quote },
    ]);
  });

  it('resolves a claim whose slot has a source and a verdict; a source alone leaves it open', () => {
    const claims = joinClaims(TEXT, [rise, quote], [slotOn('a', 'statistic', 'Rents rose 9% in March', { sources: [source], verdict: 'verified' }), slotOn('b', 'quote', '“It is a crisis,”', { sources: [source] })]);
    assert.deepEqual(
      claims.map((c) => [c.finding?.id, c.slot?.id, c.status]),
      [
        [rise.id, 'a', 'resolved'],
        [quote.id, 'b', 'open'],
      ],
    );
  });

  it('marks dismissed slots dismissed, even when resolved', () => {
    const [claim] = joinClaims(TEXT, [anonymous], [slotOn('c', 'anonymous-source', 'Officials said', { sources: [source], verdict: 'false', dismissed: true })]);
    assert.equal(claim.status, 'dismissed');
  });

  it('attaches a slot only to a finding of its own kind', () => {
    const claims = joinClaims(TEXT, [rise], [slotOn('a', 'quote', 'Rents rose 9% in March', { verdict: 'opinion' })]);
    assert.equal(claims.length, 2);
    assert.ok(claims.every((c) => !(c.finding && c.slot)));
  });

  it('attaches a slot to the best-overlapping finding when the detector reports a slightly different range', () => {
    const wider = finding('statistic', 'Rents rose 9% in March, the agency said');
    const [claim] = joinClaims(TEXT, [wider], [slotOn('a', 'statistic', 'Rents rose 9% in March', { verdict: 'verified', sources: [source] })]);
    assert.equal(claim.finding, wider);
    assert.equal(claim.slot?.id, 'a');
    assert.deepEqual(claim.range, { start: wider.start, end: wider.end });
  });

  it('gives one finding at most one slot, and keeps the other slot as a claim of its own', () => {
    const claims = joinClaims(TEXT, [rise], [slotOn('a', 'statistic', 'Rents rose 9% in March', { note: 'x' }), slotOn('b', 'statistic', 'rose 9%', { note: 'y' })]);
    assert.equal(claims.length, 2);
    assert.equal(claims.find((c) => c.finding)?.slot?.id, 'a');
    const alone = claims.find((c) => !c.finding);
    assert.equal(alone?.slot?.id, 'b');
    assert.equal(alone?.status, 'open');
    assert.deepEqual(alone?.range, { start: TEXT.indexOf('rose 9%'), end: TEXT.indexOf('rose 9%') + 7 });
  });

  it('keeps a slot whose text is gone as an orphaned claim at the top of the file', () => {
    const gone = slotOn('z', 'quote', '“It is a crisis,”', { sources: [source], verdict: 'verified' });
    const edited = 'Rents rose 9% in March, the agency said.';
    const claims = joinClaims(edited, [finding('statistic', 'Rents rose 9% in March', edited)], [gone]);
    const orphan = claims.find((c) => c.status === 'orphaned');
    assert.deepEqual(orphan, { status: 'orphaned', range: { start: 0, end: 0 }, slot: gone });
    assert.equal(claims.length, 2);
  });

  it('follows an edit and returns the slot re-anchored to its new place', () => {
    const slot = slotOn('a', 'quote', '“It is a crisis,”', { verdict: 'verified', sources: [source] });
    const edited = `UPDATE: corrected the figure. ${TEXT.replace('9%', '8.5%')}`;
    const moved = finding('quote', '“It is a crisis,”', edited);
    const [claim] = joinClaims(edited, [moved], [slot]);
    assert.equal(claim.status, 'resolved');
    assert.equal(claim.slot?.anchor.start, moved.start);
    assert.equal(claim.slot?.anchor.prefix, edited.slice(moved.start - 32, moved.start));
  });

  it('returns claims in text order', () => {
    const claims = joinClaims(TEXT, [anonymous, quote, rise], [slotOn('q', 'quote', 'Ines Baro', { note: 'n' })]);
    const starts = claims.map((c) => c.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('puts a slot’s claim before an open claim on the same words', () => {
    const claims = joinClaims(TEXT, [rise, quote], [slotOn('a', 'quote', 'Rents rose 9% in March', { note: 'n' })]);
    assert.deepEqual(
      claims.map((c) => [c.range.start, c.slot?.id, c.finding?.id]),
      [
        [rise.start, 'a', undefined],
        [rise.start, undefined, rise.id],
        [quote.start, undefined, quote.id],
      ],
    );
  });

  describe('a step at a time', () => {
    // Paragraphs written for this test, one figure each; a slot on every third.
    const text = Array.from({ length: 2_000 }, (_, i) => `Berth ${i} closed.`).join('\n');
    const findings = [...text.matchAll(/\d+/g)].map((m): Finding => ({ id: `statistic-${m.index}`, kind: 'statistic', start: m.index, end: m.index + m[0].length, message: 'statistic' }));
    const slots = findings.filter((_, i) => i % 3 === 0).map((f, i) => ({ ...slotOn(`s${i}`, f.kind, text.slice(f.start, f.end), { note: 'n' }, text), anchor: anchorAt(text, f) }));

    function run(steps: Generator<number, ReturnType<typeof joinClaims>, void>) {
      let yields = 0;
      for (;;) {
        const step = steps.next();
        if (step.done) return { claims: step.value, yields };
        yields++;
      }
    }

    it('yields between every few hundred findings, and joins as in one piece', () => {
      const { claims, yields } = run(joinSteps(text, findings, []));
      assert.ok(yields >= 3, `${yields} yields for 2,000 findings`);
      assert.deepEqual(claims, joinClaims(text, findings, []));
      assert.deepEqual(claims.map((c) => c.finding), findings);
    });

    it('yields between every few hundred slots too, and gives every claim in text order', () => {
      const { claims, yields } = run(joinSteps(text, findings, slots));
      assert.ok(yields >= 4, `${yields} yields for 2,000 findings and ${slots.length} slots`);
      assert.equal(claims.length, findings.length);
      assert.equal(claims.filter((c) => c.slot && c.finding).length, slots.length);
      const starts = claims.map((c) => c.range.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    });
  });
});
