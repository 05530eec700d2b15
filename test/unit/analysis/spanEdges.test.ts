import assert from 'node:assert/strict';
import { BlockTokens, edgeCandidates, refineSpan, roomAround, SPAN_EDGES, type EdgeRole, type SpanEdgeModel } from '../../../server/src/analysis/models/spanEdges';
import { findingsOf } from './findingsOf';
import { analyze } from '../../../server/src/analysis/engine/analyze';

const TEXT = 'The harbour master, Ines Duarte, said on Monday that the pier would close in May.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const CUE = at('said');
const LIMITS = { start: 0, end: TEXT.length };
const TOKENS = new BlockTokens(TEXT);

/** A model that wants the edge of `span` on `side` at `offset`, and nothing else. */
function wanting(span: { start: number; end: number }, side: 's' | 'e', role: EdgeRole, offset: number, limits = LIMITS): SpanEdgeModel {
  const candidate = edgeCandidates(TOKENS, span, side, role, CUE, limits, 6).find((c) => c.offset === offset);
  assert.ok(candidate, 'the wanted edge is a candidate');
  return { window: 6, features: candidate.features, weights: candidate.features.map(() => 1) };
}

describe('span edges', () => {
  it('keeps the rules’ edges when no weight prefers another', () => {
    const content = at('on Monday that the pier would close in May');
    assert.deepEqual(refineSpan(TOKENS, content, 'content', CUE, LIMITS, { window: 6, features: [], weights: [] }), content);
  });

  it('moves an edge to the token boundary the weights score best, within the window', () => {
    const content = at('on Monday that the pier would close in May');
    const moved = refineSpan(TOKENS, content, 'content', CUE, LIMITS, wanting(content, 's', 'content', TEXT.indexOf('that')));
    assert.equal(TEXT.slice(moved.start, moved.end), 'that the pier would close in May');
  });

  it('never crosses the cue; a source keeps the comma that closes its apposition, and only then', () => {
    const source = at('The harbour master, Ines Duarte');
    for (const c of edgeCandidates(TOKENS, source, 'e', 'source', CUE, LIMITS, 6)) assert.ok(c.offset <= CUE.start);
    const none = { window: 6, features: [], weights: [] };
    const kept = refineSpan(TOKENS, source, 'source', CUE, LIMITS, none);
    assert.equal(TEXT.slice(kept.start, kept.end), 'The harbour master, Ines Duarte,');
    const name = refineSpan(TOKENS, at('Ines Duarte'), 'source', CUE, LIMITS, none);
    assert.equal(TEXT.slice(name.start, name.end), 'Ines Duarte');
  });

  it('names a speaker without the comma closing its apposition', () => {
    const [attribution] = analyze('Jo Park, a nurse from Leeds, said that the ward was full.', { format: 'plaintext' }).filter((f) => f.kind === 'attribution');
    assert.match(attribution.message, /^Attributed to Jo Park, a nurse from Leeds — /);
  });

  it('moves a cue’s edges only within the room its speaker and content leave it', () => {
    const source = at('The harbour master, Ines Duarte');
    const content = at('that the pier would close in May');
    const room = roomAround(CUE, [source, content], LIMITS);
    assert.deepEqual(room, { start: source.end, end: content.start });
    for (const c of edgeCandidates(TOKENS, CUE, 'e', 'cue', CUE, room, 6)) assert.ok(c.offset <= content.start);
    const moved = refineSpan(TOKENS, CUE, 'cue', CUE, room, wanting(CUE, 'e', 'cue', at('on Monday').end, room));
    assert.equal(TEXT.slice(moved.start, moved.end), 'said on Monday');
  });

  it('puts the words a cue is said with into it, by the shipped model', () => {
    const [attribution] = findingsOf('The mayor said in a statement that the ferry would run again.', 'attribution');
    assert.deepEqual([attribution.cue, attribution.speaker, attribution.content], ['said in a statement', 'The mayor', 'that the ferry would run again']);
    const again = findingsOf('The mayor said in a statement that the ferry would run again.', 'attribution');
    assert.deepEqual(again, [attribution]);
  });

  it('is trained: the shipped model has weights and a window', () => {
    assert.ok(SPAN_EDGES.window > 0 && SPAN_EDGES.features.length > 1000);
    assert.equal(SPAN_EDGES.weights.length, SPAN_EDGES.features.length);
  });

  it('leaves a speaker out of what it is credited with, and quotations their marks', () => {
    const [attribution] = findingsOf('According to the tribunal filing, the ledger was altered in 2019.', 'attribution');
    assert.equal(attribution.speaker, 'the tribunal filing');
    const [quote] = findingsOf('“The pier will close,” said Ines Duarte, the harbour master.', 'quote');
    assert.equal(quote.content, '“The pier will close,”');
  });
});
