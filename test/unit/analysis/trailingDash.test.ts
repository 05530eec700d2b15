// A content the span-edge model ends past a lone spaced dash stops before the dash.
import assert from 'node:assert/strict';
import { BlockTokens, edgeCandidates, refineSpan } from '../../../server/src/analysis/models/spanEdges';

function endedAfterDash(text: string, content: string): string {
  const tokens = new BlockTokens(text);
  const cue = { start: text.indexOf('said'), end: text.indexOf('said') + 4 };
  const span = { start: text.indexOf(content), end: text.indexOf(content) + content.length };
  const limits = { start: 0, end: text.length };
  // A model that wants the content to end right after the dash.
  const dash = text.indexOf(' — ', span.end) + 2;
  const wanted = edgeCandidates(tokens, span, 'e', 'content', cue, limits, 6).find((c) => c.offset === dash);
  assert.ok(wanted, 'the end after the dash is a candidate');
  const moved = refineSpan(tokens, span, 'content', cue, limits, { window: 6, features: wanted.features, weights: wanted.features.map(() => 1) });
  return text.slice(moved.start, moved.end);
}

describe('a content ending on a spaced dash', () => {
  it('ends before a lone dash', () => {
    assert.equal(endedAfterDash('The mayor said the pier is safe — and the ferry sailed.', 'the pier is safe'), 'the pier is safe');
  });

  it('keeps a dash that closes a pair inside it', () => {
    assert.equal(
      endedAfterDash('The mayor said the fees — tolls, moorings — and the rest — rose.', 'the fees — tolls, moorings'),
      'the fees — tolls, moorings —',
    );
  });
});
