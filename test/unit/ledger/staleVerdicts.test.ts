// A verdict belongs to the words it judged: through the real detector, the ledger's edits and the
// join, which edits to an article leave a verdict standing and which make it stale.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import type { Finding } from '../../../server/src/analysis/finding';
import { applyEdit, type LedgerEdit, type SlotChange } from '../../../server/src/ledger/edit';
import { joinClaims } from '../../../server/src/ledger/join';
import type { Claim, SourceSlot } from '../../../server/src/ledger/slot';

const BUDGET = 'The council will spend £48 million on the harbour, the budget shows.';
const QUOTE = '“We will not sell the cranes,” said Mara Quill, the board’s chair.';
const FREIGHT = 'The port handled £48 million of freight.';
const ARTICLE = [BUDGET, QUOTE, FREIGHT].join('\n\n');

let ids = 0;
function apply(slots: SourceSlot[], text: string, target: LedgerEdit['target'], change: SlotChange, now = '2026-05-01T09:00:00.000Z', creator = 'Ana'): SourceSlot[] {
  const outcome = applyEdit(slots, { target, change }, { text, now, creator, newId: () => `slot-${++ids}` });
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.slots;
}

/** Every finding of the article given a source and the verdict "verified". */
function verifyAll(text = ARTICLE): SourceSlot[] {
  let slots: SourceSlot[] = [];
  for (const finding of analyze(text)) {
    const target = { finding: { kind: finding.kind, start: finding.start, end: finding.end } };
    slots = apply(slots, text, target, { type: 'addSource', source: { kind: 'url', target: 'https://council.example/budget' } });
    slots = apply(slots, text, target, { type: 'setVerdict', verdict: 'verified' });
  }
  return slots;
}

function claimsOf(text: string, slots: SourceSlot[]): Claim[] {
  return joinClaims(text, analyze(text), slots);
}

function on(claims: Claim[], text: string, words: string, nth = 0): Claim {
  const found = claims.filter((c) => c.finding && text.slice(c.finding.start, c.finding.end) === words);
  assert.ok(found[nth], `a claim on ${JSON.stringify(words)}`);
  return found[nth];
}

function statuses(claims: Claim[]): string[] {
  return [...new Set(claims.map((c) => c.status))];
}

describe('stale verdicts', () => {
  const slots = verifyAll();

  it('records the words, who and when with the verdict', () => {
    const statistic = slots.find((s) => s.kind === 'statistic' && s.anchor.start < BUDGET.length);
    assert.deepEqual(statistic?.judged, { exact: '£48 million', by: 'Ana', at: '2026-05-01T09:00:00.000Z' });
    assert.deepEqual(statuses(claimsOf(ARTICLE, slots)), ['resolved']);
  });

  const harmless: [string, string][] = [
    ['white space and line breaks', ARTICLE.replace('will spend £48', 'will  spend\n£48').replace('sell the', 'sell\nthe')],
    ['straight for curly quotes and apostrophes', ARTICLE.replace('“We will not sell the cranes,”', '"We will not sell the cranes,"').replace('board’s', "board's")],
    ['a paragraph added before', `UPDATE: this story has been updated.\n\n${ARTICLE}`],
    ['a paragraph removed elsewhere', [BUDGET, QUOTE].join('\n\n')],
    ['the claims moving', [QUOTE, FREIGHT, BUDGET].join('\n\n')],
    ['CRLF line endings', ARTICLE.replace(/\n/g, '\r\n')],
  ];
  for (const [what, edited] of harmless) {
    it(`leaves every verdict standing after ${what}`, () => {
      // A removed paragraph's own slots are orphaned, not stale: that is the orphan's story.
      const claims = claimsOf(edited, slots).filter((c) => c.slot && c.status !== 'orphaned');
      assert.ok(claims.length >= 3);
      assert.deepEqual(statuses(claims), ['resolved']);
    });
  }

  it('makes a changed figure stale, naming what was verified and what stands now', () => {
    const edited = ARTICLE.replace('spend £48 million', 'spend £84 million');
    const claims = claimsOf(edited, slots);
    const figure = on(claims, edited, '£84 million');
    assert.equal(figure.status, 'stale');
    assert.deepEqual(figure.stale, { reason: 'claim-changed', was: '£48 million', now: '£84 million' });
    assert.equal(on(claims, edited, '£48 million').status, 'resolved', 'the same figure elsewhere, unchanged, keeps its verdict');
    assert.equal(on(claims, edited, BUDGET.replace('£48', '£84')).status, 'stale', 'the sentence around it changed too');
  });

  it('makes a quote stale when its negation goes, and leaves the other claims standing', () => {
    const edited = ARTICLE.replace('We will not sell', 'We will sell');
    const claims = claimsOf(edited, slots);
    const quote = on(claims, edited, '“We will sell the cranes,”');
    assert.equal(quote.status, 'stale');
    assert.equal(quote.stale?.was, '“We will not sell the cranes,”');
    assert.equal(on(claims, edited, FREIGHT).status, 'resolved');
  });

  it('keeps a duplicated claim’s verdicts apart: only the copy that changed goes stale', () => {
    const edited = ARTICLE.replace('handled £48 million', 'handled £49 million');
    const claims = claimsOf(edited, slots);
    assert.equal(on(claims, edited, '£48 million').status, 'resolved');
    assert.equal(on(claims, edited, '£49 million').status, 'stale');
  });

  it('is resolved again once confirmed, recording the new words, who and when', () => {
    const edited = ARTICLE.replace('spend £48 million', 'spend £84 million');
    const figure = on(claimsOf(edited, slots), edited, '£84 million');
    const confirmed = apply(slots, edited, { slotId: figure.slot!.id }, { type: 'confirm' }, '2026-05-02T10:00:00.000Z', 'Ben');
    const slot = confirmed.find((s) => s.id === figure.slot!.id);
    assert.deepEqual(slot?.judged, { exact: '£84 million', by: 'Ben', at: '2026-05-02T10:00:00.000Z' });
    assert.equal(slot?.verdict, 'verified');
    assert.equal(on(claimsOf(edited, confirmed), edited, '£84 million').status, 'resolved');
  });

  it('is open once reopened: the verdict and its words are withdrawn, the sources kept', () => {
    const edited = ARTICLE.replace('spend £48 million', 'spend £84 million');
    const figure = on(claimsOf(edited, slots), edited, '£84 million');
    const reopened = apply(slots, edited, { slotId: figure.slot!.id }, { type: 'reopen' });
    const slot = reopened.find((s) => s.id === figure.slot!.id);
    assert.equal(slot?.verdict, undefined);
    assert.equal(slot?.judged, undefined);
    assert.equal(slot?.sources.length, 1);
    assert.equal(on(claimsOf(edited, reopened), edited, '£84 million').status, 'open');
  });

  it('refuses to confirm a claim that has no verdict', () => {
    const finding = analyze(ARTICLE).find((f: Finding) => f.kind === 'statistic')!;
    const outcome = applyEdit([], { target: { finding: { kind: finding.kind, start: finding.start, end: finding.end } }, change: { type: 'confirm' } }, { text: ARTICLE, now: '2026-05-01T09:00:00.000Z', newId: () => 'x' });
    assert.ok(!outcome.ok);
    assert.match(outcome.message, /no verdict to confirm/);
  });

  it('records new words when the verdict is changed, and none when it is cleared', () => {
    const edited = ARTICLE.replace('spend £48 million', 'spend £84 million');
    const figure = on(claimsOf(edited, slots), edited, '£84 million');
    const changed = apply(slots, edited, { slotId: figure.slot!.id }, { type: 'setVerdict', verdict: 'false' });
    assert.equal(changed.find((s) => s.id === figure.slot!.id)?.judged?.exact, '£84 million');
    const cleared = apply(changed, edited, { slotId: figure.slot!.id }, { type: 'setVerdict', verdict: undefined });
    assert.equal(cleared.find((s) => s.id === figure.slot!.id)?.judged, undefined);
  });
});
