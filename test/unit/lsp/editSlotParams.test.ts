// Every editSlot argument is checked before it reaches the ledger: type and size.
import assert from 'node:assert/strict';
import { checkEditSlotParams } from '../../../server/src/lsp/editSlotParams';

const BASE = { uri: 'file:///desk/trams.txt', findingId: 'statistic-0' };
const SOURCE = { kind: 'url', target: 'https://e.org/figures' };

function problem(value: unknown): string | undefined {
  const checked = checkEditSlotParams(value);
  return checked.ok ? undefined : checked.message;
}

describe('checkEditSlotParams', () => {
  it('accepts what the client sends', () => {
    for (const edit of [{ type: 'addSource', source: { ...SOURCE, title: 'Figures' } }, { type: 'addSource', source: { kind: 'file', target: '/desk/docs/a.csv' } }, { type: 'setVerdict', verdict: 'false' }, { type: 'setNote', note: 'Called the operator' }, { type: 'dismiss' }, { type: 'confirm' }, { type: 'reopen' }, { type: 'delete' }, { type: 'reattach', findingId: 'quote-3' }]) {
      assert.equal(problem({ ...BASE, edit, creator: 'Sam Checker' }), undefined, JSON.stringify(edit));
    }
  });

  it('refuses a creator that is not text, too long, or with control characters', () => {
    for (const creator of [{ name: 'Sam' }, 42, ['Sam'], null, 'S'.repeat(201), 'Sam\u202Erekcehc', 'Sam\n']) {
      assert.match(problem({ ...BASE, edit: { type: 'dismiss' }, creator }) ?? '', /creator/, JSON.stringify(creator));
    }
  });

  it('refuses oversized titles, excerpts, notes and addresses, and bad kinds and verdicts', () => {
    const refused = [
      { type: 'addSource', source: { ...SOURCE, title: 't'.repeat(5_000_000) } },
      { type: 'addSource', source: { ...SOURCE, excerpt: 'e'.repeat(10_001) } },
      { type: 'addSource', source: { ...SOURCE, target: `https://e.org/${'a'.repeat(3000)}` } },
      { type: 'addSource', source: { ...SOURCE, target: 'javascript:alert(1)' } },
      { type: 'addSource', source: { kind: 'ftp', target: 'ftp://e.org/x' } },
      { type: 'addSource', source: { kind: 'file', target: 'a\u0000b' } },
      { type: 'setNote', note: 'n'.repeat(20_001) },
      { type: 'setNote', note: 42 },
      { type: 'setVerdict', verdict: 'true-ish' },
      { type: 'reattach' },
      { type: 'rewrite' },
    ];
    for (const edit of refused) assert.ok(problem({ ...BASE, edit }), JSON.stringify(edit).slice(0, 80));
  });

  it('refuses a request without an article, a claim or an edit', () => {
    for (const value of [undefined, null, 'x', { ...BASE, uri: 7, edit: { type: 'dismiss' } }, { uri: BASE.uri, edit: { type: 'dismiss' } }, { ...BASE, slotId: {}, edit: { type: 'dismiss' } }, BASE]) {
      assert.ok(problem(value), JSON.stringify(value));
    }
  });
});
