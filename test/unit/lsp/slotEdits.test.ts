import assert from 'node:assert/strict';
import * as path from 'node:path';
import { translateSlotEdit } from '../../../server/src/lsp/slotEdits';
import type { ArticleState } from '../../../server/src/lsp/openArticles';
import type { Finding } from '../../../server/src/analysis/finding';
import type { EditSlotParams } from '../../../server/src/protocol';

// A sentence written for this test; the finding is placed by hand.
const finding: Finding = { id: 'f1', kind: 'statistic', start: 0, end: 22, message: 'A figure' };
const articlePath = path.resolve('/newsroom/drafts/harbour.txt');
const state: ArticleState = { version: 1, findings: [finding], claims: [{ status: 'open', range: { start: 0, end: 22 }, finding }], articlePath };

function translate(edit: unknown) {
  return translateSlotEdit({ uri: 'file:///newsroom/drafts/harbour.txt', findingId: 'f1', edit } as EditSlotParams, state);
}

describe('translateSlotEdit', () => {
  it('records a workspace source relative to the article, with forward slashes', () => {
    const result = translate({ type: 'addSource', source: { kind: 'file', target: path.resolve('/newsroom/sources/port-figures.csv') } });
    assert.deepEqual(result, { ok: true, edit: { target: { finding: { kind: 'statistic', start: 0, end: 22 } }, change: { type: 'addSource', source: { kind: 'file', target: '../sources/port-figures.csv' } } } });
  });

  // Commands can be run by scripts with any arguments: what is malformed is refused with a reason.
  it('refuses an edit of an unknown type', () => {
    assert.deepEqual(translate({ type: 'rewrite' }), { ok: false, message: 'Unknown slot edit "rewrite".' });
  });

  it('refuses a source without a target', () => {
    assert.deepEqual(translate({ type: 'addSource' }), { ok: false, message: 'A source needs a target: a web address or a file.' });
    assert.deepEqual(translate({ type: 'addSource', source: { kind: 'url', target: 42 } }), { ok: false, message: 'A source needs a target: a web address or a file.' });
  });
});
