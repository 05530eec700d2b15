import assert from 'node:assert/strict';
import { applyEdit, type EditContext, type LedgerEdit } from '../../../server/src/ledger/edit';
import { mergeSlot } from '../../../server/src/ledger/merge';
import type { SourceSlot } from '../../../server/src/ledger/slot';

const TEXT = 'The mayor said the bridge will cost £40m, according to the council’s budget.';
const claim = { kind: 'attribution' as const, start: TEXT.indexOf('the bridge'), end: TEXT.indexOf(', according') };
let ids = 0;
const context: EditContext = { text: TEXT, now: '2026-04-01T12:00:00.000Z', creator: 'Ana', newId: () => `id-${++ids}` };
const report = { kind: 'url' as const, target: 'https://council.example/budget.pdf', title: 'Budget 2026' };

function edit(slots: SourceSlot[], e: LedgerEdit, ctx = context) {
  const outcome = applyEdit(slots, e, ctx);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome;
}

describe('editing source slots', () => {
  it('creates the slot the first time a finding is filled, anchored on the finding', () => {
    const { slots, slot } = edit([], { target: { finding: claim }, change: { type: 'addSource', source: report } });
    assert.equal(slots.length, 1);
    assert.deepEqual(slot, {
      id: slot?.id,
      kind: 'attribution',
      anchor: { exact: 'the bridge will cost £40m', prefix: 'The mayor said ', suffix: ', according to the council’s bud', start: claim.start, end: claim.end },
      sources: [{ ...report, accessed: context.now }],
      created: context.now,
      modified: context.now,
      creator: 'Ana',
    });
  });

  it('reuses the slot already on the finding instead of doubling it', () => {
    const first = edit([], { target: { finding: claim }, change: { type: 'addSource', source: report } });
    const second = edit(first.slots, { target: { finding: claim }, change: { type: 'setVerdict', verdict: 'partly-true' } });
    assert.equal(second.slots.length, 1);
    assert.equal(second.slot?.verdict, 'partly-true');
    assert.equal(second.slot?.sources.length, 1);
  });

  it('sets and clears verdict and note, dismisses and reopens, and stamps modified', () => {
    let { slots } = edit([], { target: { finding: claim }, change: { type: 'setNote', note: '  Called the press office.  ' } });
    const id = slots[0].id;
    const later = { ...context, now: '2026-04-02T08:00:00.000Z' };
    slots = edit(slots, { target: { slotId: id }, change: { type: 'setVerdict', verdict: 'misleading' } }, later).slots;
    assert.equal(slots[0].note, 'Called the press office.');
    assert.equal(slots[0].verdict, 'misleading');
    assert.equal(slots[0].modified, later.now);
    assert.equal(slots[0].created, context.now);
    slots = edit(slots, { target: { slotId: id }, change: { type: 'dismiss' } }).slots;
    assert.equal(slots[0].dismissed, true);
    slots = edit(slots, { target: { slotId: id }, change: { type: 'reopen' } }).slots;
    assert.equal('dismissed' in slots[0], false);
    slots = edit(slots, { target: { slotId: id }, change: { type: 'setVerdict', verdict: undefined } }).slots;
    slots = edit(slots, { target: { slotId: id }, change: { type: 'setNote', note: '' } }).slots;
    assert.equal('verdict' in slots[0] || 'note' in slots[0], false);
  });

  it('replaces a source attached twice and removes one by its target', () => {
    let { slots } = edit([], { target: { finding: claim }, change: { type: 'addSource', source: report } });
    slots = edit(slots, { target: { slotId: slots[0].id }, change: { type: 'addSource', source: { ...report, title: 'Budget 2026, p. 14' } } }).slots;
    assert.deepEqual(slots[0].sources.map((s) => s.title), ['Budget 2026, p. 14']);
    slots = edit(slots, { target: { slotId: slots[0].id }, change: { type: 'addSource', source: { kind: 'file', target: 'notes/mayor call.md' } } }).slots;
    slots = edit(slots, { target: { slotId: slots[0].id }, change: { type: 'removeSource', target: report.target } }).slots;
    assert.deepEqual(slots[0].sources.map((s) => s.target), ['notes/mayor call.md']);
  });

  it('re-attaches a slot to a new range and deletes a slot', () => {
    let { slots } = edit([], { target: { finding: claim }, change: { type: 'setVerdict', verdict: 'false' } });
    const mayor = { start: 0, end: 'The mayor said'.length };
    slots = edit(slots, { target: { slotId: slots[0].id }, change: { type: 'reattach', range: mayor } }).slots;
    assert.deepEqual(slots[0].anchor, { exact: 'The mayor said', prefix: '', suffix: TEXT.slice(mayor.end, mayor.end + 32), start: 0, end: mayor.end });
    assert.deepEqual(edit(slots, { target: { slotId: slots[0].id }, change: { type: 'delete' } }).slots, []);
  });

  it('refuses bad arguments with a message, never throwing', () => {
    const refused: LedgerEdit[] = [
      { target: { finding: claim }, change: { type: 'addSource', source: { kind: 'url', target: 'javascript:alert(1)' } } },
      { target: { finding: claim }, change: { type: 'addSource', source: { kind: 'file', target: 'C:\\Windows\\x' } } },
      { target: { finding: claim }, change: { type: 'setVerdict', verdict: 'maybe' as never } },
      { target: { finding: { ...claim, end: TEXT.length + 5 } }, change: { type: 'dismiss' } },
      { target: { finding: { ...claim, end: claim.start } }, change: { type: 'dismiss' } },
      { target: { finding: { ...claim, kind: 'gossip' as never } }, change: { type: 'dismiss' } },
      { target: { slotId: 'nope' }, change: { type: 'dismiss' } },
      { target: { finding: claim }, change: { type: 'reattach', range: { start: 5, end: 2 } } },
      { target: { finding: claim }, change: { type: 'setNote', note: 'x'.repeat(20_001) } },
    ];
    const malformed = [null, {}, { target: null, change: { type: 'dismiss' } }, { target: { slotId: 'x' } }, { target: { slotId: 'x' }, change: { type: 'explode' } }, { target: { finding: claim }, change: { type: 'addSource' } }, { target: { finding: claim }, change: { type: 'reattach', range: null } }, { target: { finding: claim }, change: { type: 'addSource', source: { kind: 'file', target: 7 } } }, { target: { finding: claim }, change: { type: 'addSource', source: { kind: 'url', target: 'https://a.example/', title: {} } } }, { target: { finding: claim }, change: { type: 'setNote', note: 5 } }, { target: { finding: { kind: 'quote', start: '1', end: 4 } }, change: { type: 'dismiss' } }];
    refused.push(...(malformed as unknown as LedgerEdit[]));
    for (const e of refused) {
      const outcome = applyEdit([], e, context);
      assert.equal(outcome.ok, false, JSON.stringify(e));
      assert.ok(!outcome.ok && outcome.message.length > 0);
    }
  });
});

describe('merging two versions of one slot', () => {
  const base: SourceSlot = {
    id: 's',
    kind: 'statistic',
    anchor: { exact: '£40m', prefix: 'cost ', suffix: ',', start: 10, end: 14 },
    sources: [report],
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-02T00:00:00Z',
  };

  it('unites sources, keeps any verdict or note, and lets the later edit win between two values', () => {
    const ours: SourceSlot = { ...base, verdict: 'verified', note: 'ours', modified: '2026-01-03T00:00:00Z', sources: [report, { kind: 'file', target: 'a.txt' }] };
    const theirs: SourceSlot = { ...base, verdict: 'false', modified: '2026-01-04T00:00:00Z', sources: [{ kind: 'url', target: 'https://other.example/' }] };
    const merged = mergeSlot(ours, theirs);
    assert.equal(merged.verdict, 'false');
    assert.equal(merged.note, 'ours');
    assert.equal(merged.modified, theirs.modified);
    assert.deepEqual(merged.sources.map((s) => s.target), [report.target, 'a.txt', 'https://other.example/']);
    assert.deepEqual(mergeSlot(theirs, ours), merged);
  });

  it('takes dismissal and anchor from the later edit, and the earliest creation date', () => {
    const moved = { ...base.anchor, start: 50, end: 54 };
    const older: SourceSlot = { ...base, dismissed: true, created: '2025-12-31T00:00:00Z' };
    const newer: SourceSlot = { ...base, anchor: moved, modified: '2026-02-01T00:00:00Z' };
    const merged = mergeSlot(older, newer);
    assert.equal(merged.dismissed, undefined);
    assert.deepEqual(merged.anchor, moved);
    assert.equal(merged.created, '2025-12-31T00:00:00Z');
  });
});
