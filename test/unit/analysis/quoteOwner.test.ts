// Whose quotation it is and where what was said begins: the sentence in, the quote and its
// attribution out.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('two attributions holding the same quotation', () => {
  it('give it to the one that names a speaker', () => {
    const text = 'Ana Ruiz, who phoned the mayor soon after the result was declared, told her supporters, "I still love this harbour, and I always will." The count went on.';
    assert.deepEqual(
      findingsOf(text, 'quote').map((quote) => [quote.text, quote.cue, quote.speaker]),
      [['"I still love this harbour, and I always will."', 'told', 'Ana Ruiz']],
    );
  });
});
