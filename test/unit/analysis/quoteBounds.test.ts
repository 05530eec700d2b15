// Which quotation a cue says when one closes before it and another opens after it. The sentence
// in, the quotes out.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('quote bounds', () => {
  it('a quotation opening on a capital after the cue is what the cue says, not the quotation closed before it', () => {
    const text = 'The clerk replied to Ruiz with, “Why now?” Ruiz then writes back, “You look tired.”';
    assert.deepEqual(
      findingsOf(text, 'quote').map((quote) => [quote.text, quote.speaker]),
      [
        ['“Why now?”', 'The clerk'],
        ['“You look tired.”', 'Ruiz'],
      ],
    );
  });
});
