import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimSummaries } from '../../../server/src/lsp/claimSummaries';
import type { Claim, SourceSlot } from '../../../server/src/ledger/slot';

// Sentences written for this test, with a CRLF line break and an emoji before the claim.
const TEXT = 'The ferry ran late 😀.\r\nOfficials said costs doubled.\r\n';
const CLAIM = 'Officials said costs doubled.';
const START = TEXT.indexOf(CLAIM);

function slot(exact: string, start: number): SourceSlot {
  return {
    id: 'slot-1',
    kind: 'attribution',
    anchor: { exact, prefix: '', suffix: '', start, end: start + exact.length },
    sources: [],
    verdict: 'verified',
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
  };
}

describe('claimSummaries', () => {
  const document = TextDocument.create('file:///article.txt', 'plaintext', 1, TEXT);

  it('places a slot the detector no longer reports where its claim still is in the text', async () => {
    const claim: Claim = { status: 'resolved', range: { start: START, end: START + CLAIM.length }, slot: slot(CLAIM, START) };
    const [summary] = await claimSummaries(document, [claim]);
    assert.deepEqual(summary.range, { start: { line: 1, character: 0 }, end: { line: 1, character: CLAIM.length } });
    assert.equal(summary.text, CLAIM);
    assert.equal(summary.slotId, 'slot-1');
    assert.equal(summary.findingId, undefined);
  });

  it('puts an orphaned slot at the top of the file, named by its recorded claim', async () => {
    const claim: Claim = { status: 'orphaned', range: { start: 0, end: 0 }, slot: slot('A sentence since deleted.', 40) };
    const [summary] = await claimSummaries(document, [claim]);
    assert.deepEqual(summary.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(summary.text, 'A sentence since deleted.');
  });
});
