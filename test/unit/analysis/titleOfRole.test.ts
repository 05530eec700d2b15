// A quotation right before the noun of someone's part in a show is the show's title, not a quote.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a quotation before a role noun', () => {
  it('is a title, no one’s quote, even when a cue reads it as content', () => {
    for (const text of [
      'Photo.\n\n“Sons of the Tide” star Ana Ruiz opened up about the pier.',
      'The mayor had some explaining to do.\n“Harbour Nights” host Ana Ruiz on Thursday showed that the mayor was wrong.',
      'Critics praised the "Night Ferry" co-stars for their nerve.',
    ]) {
      assert.deepEqual(findingsOf(text, 'quote'), [], text);
    }
  });

  it('leaves speech closed by its own punctuation to its speaker', () => {
    const text = '“Great show,” host Jo Lee said. “Thank you for coming,” co-host Ana Ruiz added.';
    assert.deepEqual(findingsOf(text, 'quote').map((quote) => quote.speaker), ['host Jo Lee', 'co-host Ana Ruiz']);
  });
});
