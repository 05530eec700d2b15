// A participle's speaker read from the sentence's subject: a possessive there owns the speaker.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('a participle whose subject opens with a possessive', () => {
  it('credits what the possessive owns, up to the verb', () => {
    for (const [text, speaker] of [
      ['The mayor’s closest aide rallied supporters, saying: “We have to be ready.”', 'The mayor’s closest aide'],
      ['After the vote, Ana Ruiz’s right-hand woman thanked the crews, adding, “The pier stays open.”', 'Ana Ruiz’s right-hand woman'],
      ["The harbour board's new chair spoke briefly, telling reporters: \"Nothing has changed.\"", "The harbour board's new chair"],
    ]) {
      assert.deepEqual(findingsOf(text, 'quote').map((quote) => quote.speaker), [speaker], text);
    }
  });
});
