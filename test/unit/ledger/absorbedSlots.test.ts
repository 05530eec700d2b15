// Sidecars written before a quote and its attribution were one finding: slots on the attribution
// ("said Ines Duarte", "he added") and on each part of an interrupted quote. Read from the file
// format through the real detector, each still belongs to the one claim, keeps its own verdict,
// and none is orphaned or left standing alone.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { joinClaims } from '../../../server/src/ledger/join';
import { formatSidecar } from '../../../server/src/ledger/sidecarFormat';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import type { Claim, SourceSlot, Verdict } from '../../../server/src/ledger/slot';
import type { FindingKind } from '../../../server/src/analysis/finding';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimDiagnostics } from '../../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS } from '../../../server/src/article/settings';

// Written for this test: emoji and curly quotes before the claims.
const TEXT = [
  '🚢 Harbour news.',
  '',
  '“Nobody was hurt,” said Ines Duarte, the ferry line’s spokeswoman.',
  '',
  'Captain Ruiz was at the helm. “We lost both engines at dawn,” he added, “and waited for the tug.”',
  '',
].join('\n');

const WHEN = '2026-03-01T09:00:00.000Z';
let next = 0;

/** A slot as an older version wrote it: on the words it then found, with the kind it then had. */
function oldSlot(kind: FindingKind, words: string, verdict?: Verdict, text = TEXT): SourceSlot {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `test setup: ${words}`);
  const anchor = anchorAt(text, { start, end: start + words.length });
  const id = `0b6f3c2e-8d4a-4c1e-9f7a-00000000000${next++}`;
  const slot: SourceSlot = { id, kind, anchor, sources: [{ kind: 'url', target: `https://harbour.example/${next}` }], created: WHEN, modified: WHEN, creator: 'Ana' };
  if (verdict) Object.assign(slot, { verdict, judged: { exact: anchor.exact, by: 'Ana', at: WHEN } });
  return slot;
}

/** Through the file format: written as the old version wrote it, read as this one reads it. */
function fromSidecar(slots: SourceSlot[]): SourceSlot[] {
  const parsed = parseSidecar(formatSidecar('harbour.txt', slots));
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return parsed.sidecar.slots;
}

function claimsOf(slots: SourceSlot[], text = TEXT): Claim[] {
  return joinClaims(text, analyze(text), fromSidecar(slots));
}

function row(claim: Claim, text = TEXT): [string | undefined, string, string | undefined, string] {
  return [claim.finding?.kind, claim.finding ? text.slice(claim.finding.start, claim.finding.end) : '(no finding)', claim.slot?.kind, claim.status];
}

describe('slots an older version recorded on a quote’s attribution', () => {
  const duarte = '“Nobody was hurt,”';
  const ruiz = '“We lost both engines at dawn,” he added, “and waited for the tug.”';

  it('finds the quote finding that took the attribution in', () => {
    const quotes = analyze(TEXT).filter((f) => f.kind === 'quote');
    assert.deepEqual(quotes.map((f) => TEXT.slice(f.start, f.end)), [duarte, ruiz]);
    assert.ok(!analyze(TEXT).some((f) => f.kind === 'attribution'));
  });

  it('anchors a slot on the attribution alone to the quote’s claim, verdict and all', () => {
    const claims = claimsOf([oldSlot('attribution', 'said Ines Duarte, the ferry line’s spokeswoman', 'verified')]);
    const claim = claims.find((c) => c.slot);
    assert.deepEqual(row(claim!), ['quote', duarte, 'attribution', 'resolved']);
    assert.equal(claims.filter((c) => c.finding === claim!.finding).length, 1);
    assert.ok(claims.every((c) => c.finding), 'no slot left standing alone or orphaned');
  });

  it('keeps the quote’s own slot first and the attribution’s beside it, each with its verdict', () => {
    const claims = claimsOf([oldSlot('attribution', 'said Ines Duarte, the ferry line’s spokeswoman', 'false'), oldSlot('quote', duarte, 'verified')]);
    const onQuote = claims.filter((c) => c.finding && TEXT.slice(c.finding.start, c.finding.end) === duarte);
    assert.deepEqual(onQuote.map((c) => [c.slot?.kind, c.slot?.verdict, c.status]), [
      ['quote', 'verified', 'resolved'],
      ['attribution', 'false', 'resolved'],
    ]);
    assert.ok(onQuote.every((c) => c.range.start === onQuote[0].finding!.start && c.range.end === onQuote[0].finding!.end), 'both on the claim’s range');
    assert.ok(claims.every((c) => c.finding && c.status !== 'orphaned'));
  });

  it('shows the claim with two slots as one diagnostic that says so, and each slot’s ref with it', () => {
    const claims = claimsOf([oldSlot('attribution', 'said Ines Duarte, the ferry line’s spokeswoman', 'false'), oldSlot('quote', duarte, 'verified')]);
    const document = TextDocument.create('file:///harbour.txt', 'plaintext', 1, TEXT);
    const onQuote = claimDiagnostics(document, claims, DEFAULT_SETTINGS).filter((d) => d.code === 'quote' && String(d.message).includes('Ines Duarte'));
    assert.equal(onQuote.length, 1, JSON.stringify(onQuote.map((d) => [d.range, d.message])));
    assert.match(String(onQuote[0].message), /^Resolved \(verified\): Quote by Ines Duarte.* — also: 2 source slots of this claim$/);
    const data = onQuote[0].data as { slotId?: string; also?: { slotId?: string }[] };
    assert.deepEqual([data.slotId, data.also?.map((ref) => ref.slotId)], [claims.find((c) => c.slot?.kind === 'quote')!.slot!.id, [claims.find((c) => c.slot?.kind === 'attribution')!.slot!.id]]);
  });

  it('puts the slots of both parts of an interrupted quote and of its “he added” on the one claim', () => {
    const claims = claimsOf([
      oldSlot('quote', '“We lost both engines at dawn,”', 'verified'),
      oldSlot('quote', '“and waited for the tug.”'),
      oldSlot('attribution', 'he added', 'misleading'),
    ]);
    const onRuiz = claims.filter((c) => c.finding && TEXT.slice(c.finding.start, c.finding.end) === ruiz);
    assert.deepEqual(onRuiz.map((c) => [c.slot?.kind, c.slot?.verdict, c.status]).sort(), [
      ['attribution', 'misleading', 'resolved'],
      ['quote', 'verified', 'resolved'],
      ['quote', undefined, 'open'],
    ].sort());
    assert.ok(claims.every((c) => c.finding && c.status !== 'orphaned'), claims.map((c) => row(c).join(' ')).join('\n'));
  });

  it('makes only the slot whose words changed stale: the attribution’s verdict still stands', () => {
    const slots = [oldSlot('quote', duarte, 'verified'), oldSlot('attribution', 'said Ines Duarte, the ferry line’s spokeswoman', 'verified')];
    const edited = TEXT.replace('Nobody was hurt', 'Nobody was badly hurt');
    const claims = joinClaims(edited, analyze(edited), fromSidecar(slots));
    const onQuote = claims.filter((c) => c.finding?.kind === 'quote' && edited.slice(c.finding.start, c.finding.end) === '“Nobody was badly hurt,”');
    assert.deepEqual(onQuote.map((c) => [c.slot?.kind, c.status]), [
      ['quote', 'stale'],
      ['attribution', 'resolved'],
    ]);
  });

  it('leaves an attribution slot whose quote is gone where it was, not on another claim', () => {
    const edited = TEXT.replace('“Nobody was hurt,” said Ines Duarte, the ferry line’s spokeswoman.', 'The ferry line’s spokeswoman, Ines Duarte, spoke to the crew.');
    const claims = joinClaims(edited, analyze(edited), fromSidecar([oldSlot('attribution', 'said Ines Duarte, the ferry line’s spokeswoman', 'verified')]));
    const kept = claims.filter((c) => c.slot);
    assert.equal(kept.length, 1);
    assert.notEqual(kept[0].finding?.kind, 'quote');
  });
});
