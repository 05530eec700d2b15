// Undo and reasons over stdio: every edit answers with the edits that put the slot back, and a
// dismissal's reason is kept in the ledger and shown in the report.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Scratch } from '../support/scratch';
import { LspSession, OFFLINE_SETTINGS } from '../support/lspSession';

const ARTICLE = '“The pier will reopen in June,” said Mayor Ilse Varga.\n\nThe ferry moved its office to Kiel last year.\n';
const EDIT = 'factcheck.server.editSlot';
const MINUTES = { kind: 'url', target: 'https://council.example/minutes', title: 'Council minutes' };
const NOTICE = { kind: 'url', target: 'https://council.example/notice' };

interface Answer {
  slotId?: string;
  undo?: { type: string; [key: string]: unknown }[];
}

describe('undo and reasons over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let uri: string;
  let sidecar: string;
  let quote: Diagnostic;
  const slots = () => JSON.parse(readFileSync(sidecar, 'utf8')).annotations as { body: { purpose?: string; value?: string; source?: string }[] }[];
  const edit = (ref: object, change: object) => session.executeCommand(EDIT, [{ uri, ...ref, edit: change }]) as Promise<Answer>;
  const undo = async (answer: Answer) => {
    for (const change of answer.undo ?? []) await edit({ slotId: answer.slotId }, change);
  };

  beforeEach(async () => {
    const dir = scratch.dir('factcheck-undo');
    const file = path.join(dir, 'pier.txt');
    writeFileSync(file, ARTICLE);
    sidecar = `${file}.factcheck.json`;
    uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    const { diagnostics } = await session.open(uri, ARTICLE);
    quote = diagnostics.find((d) => d.code === 'quote')!;
  });
  afterEach(async () => session.stop());

  it('undoes attaching a source: the new slot goes, a second source comes off again', async () => {
    const findingId = (quote.data as { findingId: string }).findingId;
    const first = await edit({ findingId }, { type: 'addSource', source: MINUTES });
    assert.deepEqual(first.undo, [{ type: 'delete' }], 'the slot was made by the edit');
    const second = await edit({ findingId, slotId: first.slotId }, { type: 'addSource', source: NOTICE });
    assert.deepEqual(second.undo, [{ type: 'removeSource', target: NOTICE.target }]);
    await undo(second);
    assert.deepEqual(slots()[0].body.filter((b) => b.source).map((b) => b.source), [MINUTES.target]);
    await undo(first);
    assert.deepEqual(slots(), [], 'nothing left in the ledger');
  });

  it('undoes a verdict back to none, and a changed verdict back to the earlier one', async () => {
    const findingId = (quote.data as { findingId: string }).findingId;
    const { slotId } = await edit({ findingId }, { type: 'addSource', source: MINUTES });
    const verified = await edit({ slotId }, { type: 'setVerdict', verdict: 'verified' });
    assert.deepEqual(verified.undo, [{ type: 'setVerdict' }]);
    const changed = await edit({ slotId }, { type: 'setVerdict', verdict: 'false' });
    assert.deepEqual(changed.undo, [{ type: 'setVerdict', verdict: 'verified' }]);
    await undo(changed);
    assert.ok(slots()[0].body.some((b) => b.purpose === 'assessing' && b.value === 'verified'));
    await undo(verified);
    assert.ok(!slots()[0].body.some((b) => b.purpose === 'assessing'), 'no verdict');
  });

  it('keeps a dismissal’s reason in the ledger and the report, and undoes it whole', async () => {
    const findingId = (quote.data as { findingId: string }).findingId;
    const { slotId } = await edit({ findingId }, { type: 'setNote', note: 'Called the mayor’s office.' });
    const dismissed = await edit({ slotId }, { type: 'dismiss', reason: 'a line from a play, quoted in a review' });
    const note = slots()[0].body.find((b) => b.purpose === 'commenting')?.value;
    assert.equal(note, 'Called the mayor’s office.\nNot a claim: a line from a play, quoted in a review');
    const report = await session.request<{ content: string }>('factcheck/report', { uris: [uri], format: 'html' });
    assert.match(report.content, /Not a claim: a line from a play, quoted in a review/);
    await undo(dismissed);
    const body = slots()[0].body;
    assert.ok(!body.some((b) => b.value === 'dismissed'), 'reopened');
    assert.equal(body.find((b) => b.purpose === 'commenting')?.value, 'Called the mayor’s office.');
  });

  it('refuses a reason that is not text', async () => {
    const findingId = (quote.data as { findingId: string }).findingId;
    await assert.rejects(edit({ findingId }, { type: 'dismiss', reason: { html: '<b>' } }), /reason must be text/);
  });
});
