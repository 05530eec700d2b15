// The checker's journey through the real detector and the store: fill every slot, edit the article
// heavily, "reopen" it with a fresh store, and find every slot on its claim or listed as orphaned,
// its verdict stale where its words changed.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { joinClaims } from '../../../server/src/ledger/join';
import { LedgerStore } from '../../../server/src/ledger/store';

const PARAGRAPHS = [
  'The harbour board met on Tuesday in the old customs hall, according to minutes seen by the Gazette.',
  'Freight volumes rose 14% last year to 2.3 million tonnes, the board’s annual report said.',
  '“We have never been busier,” said Mara Quill, the board’s chair. “A second crane is on order,” she added.',
  'People familiar with the talks said the board allegedly delayed a safety review. The board declined to comment.',
  'The port is the region’s largest employer, with 4,100 staff.',
];
const ORIGINAL = PARAGRAPHS.join('\n\n');

describe('a checker’s journey through edits and a reopen', function () {
  this.timeout(20_000);
  let folder: string;
  let article: string;

  beforeEach(async () => {
    folder = await fs.mkdtemp(join(tmpdir(), 'factcheck-journey-'));
    article = join(folder, 'harbour.md');
    await fs.writeFile(article, ORIGINAL);
  });

  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function resolveEverything(): Promise<number> {
    const store = new LedgerStore({ creator: 'Ana' });
    const findings = analyze(ORIGINAL);
    for (const finding of findings) {
      const target = { finding: { kind: finding.kind, start: finding.start, end: finding.end } };
      const sourced = await store.edit(article, ORIGINAL, { target, change: { type: 'addSource', source: { kind: 'url', target: `https://desk.example/${finding.id}` } } });
      assert.ok(sourced.ok);
      const judged = await store.edit(article, ORIGINAL, { target, change: { type: 'setVerdict', verdict: 'verified' } });
      assert.ok(judged.ok);
    }
    const state = await store.load(article);
    assert.ok(state.readable);
    const claims = joinClaims(ORIGINAL, findings, state.slots);
    assert.ok(claims.every((c) => c.status === 'resolved'), 'every claim resolved before the edits');
    return findings.length;
  }

  it('keeps every slot on its claim after an update note, a reordering, a corrected figure and CRLF', async () => {
    const count = await resolveEverything();
    const [meeting, freight, quotes, talks, employer] = PARAGRAPHS;
    const edited = ['UPDATE, 5pm: adds the chair’s comments.', employer, meeting, quotes, freight.replace('14%', '15%'), talks].join('\r\n\r\n');

    const reopened = new LedgerStore();
    const state = await reopened.load(article);
    assert.ok(state.readable);
    assert.equal(state.slots.length, count);
    const claims = joinClaims(edited, analyze(edited), state.slots);

    const withSlot = claims.filter((c) => c.slot);
    assert.equal(withSlot.length, count, 'no slot lost');
    for (const claim of withSlot) {
      assert.ok(claim.finding, `slot on ${JSON.stringify(claim.slot?.anchor.exact)} found its finding again`);
      const was = claim.slot?.judged?.exact ?? '';
      const now = edited.slice(claim.finding.start, claim.finding.end);
      // The corrected figure was never checked: its verdict is stale; moving and CRLF are harmless.
      if (was.includes('14%')) {
        assert.equal(claim.status, 'stale', `${JSON.stringify(was)} changed`);
        assert.deepEqual(claim.stale, { reason: 'claim-changed', was, now: was.replace('14%', '15%') });
      } else assert.equal(claim.status, 'resolved', `${JSON.stringify(was)} unchanged`);
      assert.equal(now, was.replace('14%', '15%'));
    }
  });

  it('lists the slots of a deleted paragraph as orphaned and keeps the rest resolved', async () => {
    const count = await resolveEverything();
    const edited = PARAGRAPHS.filter((p) => !p.startsWith('“We')).join('\n\n');
    const state = await new LedgerStore().load(article);
    assert.ok(state.readable);
    const claims = joinClaims(edited, analyze(edited), state.slots);
    const orphaned = claims.filter((c) => c.status === 'orphaned');
    const quoteFindings = analyze(ORIGINAL).filter((f) => ORIGINAL.slice(f.start, f.end).match(/busier|crane|Mara Quill|she added/));
    assert.equal(orphaned.length, quoteFindings.length);
    assert.equal(claims.filter((c) => c.status === 'resolved').length, count - quoteFindings.length);
  });
});
