// A quotation after a connective ("But “…”", "Then, “…”") still opens its sentence for whoever
// goes on speaking.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a quotation opening its sentence after a connective', () => {
  it('goes on with the speaker of the quotation before', () => {
    for (const text of [
      '“The pier must close,” Ana Ruiz said on Friday. But “nobody has asked the crews about the plan.” The council met.',
      '“We asked the skippers first,” Ana Ruiz said. Then, “I wrote to every one of them, and none replied.” The council met.',
      '“The levy is too high,” Ana Ruiz said. Instead, “it should fall to what the ferry pays.” The council met.',
    ]) {
      assert.deepEqual(findingsOf(text, 'quote').map((quote) => quote.speaker), ['Ana Ruiz', 'Ana Ruiz'], text);
    }
  });

  it('leaves a title after a connective to nobody', () => {
    const text = '“The pier must close,” Ana Ruiz said. But “Harbour Lights” was sold out all week.';
    assert.deepEqual(findingsOf(text, 'quote').map((quote) => quote.content), ['“The pier must close,”']);
  });
});
