// Content holding a quotation of several sentences that opened mid-sentence begins with the words
// leading into it, as it does for a quotation of one sentence.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a quotation of several sentences opening mid-sentence', () => {
  it('is credited with the clause that leads into it', () => {
    const text = 'The pier levy “was set too early for most skippers to notice. People were still talking about the storm,” said Ana Ruiz of the harbour board.';
    assert.deepEqual(
      findingsOf(text, 'attribution').map((attribution) => [attribution.cue, attribution.content]),
      [['said', 'The pier levy “was set too early for most skippers to notice. People were still talking about the storm,”']],
    );
  });

  it('keeps a lead set off by a colon or comma outside, and one opening on a capital', () => {
    for (const text of [
      'Ana Ruiz was blunt about the levy: “It was set too early. Nobody noticed,” she said.',
      'On the levy, “It was set too early. Nobody noticed,” Ana Ruiz said.',
      'On the levy, “it was set too early. Nobody noticed,” Ana Ruiz said.',
    ]) {
      const contents = [...findingsOf(text, 'attribution'), ...findingsOf(text, 'quote')].map((finding) => finding.content);
      assert.ok(contents.length && contents.every((content) => content?.startsWith('“')), text);
    }
  });
});
