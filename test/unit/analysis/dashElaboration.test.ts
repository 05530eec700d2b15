// A lone spaced dash ends what was said, unless the words after it elaborate on it.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

function content(text: string): string | undefined {
  return findingsOf(text, 'attribution')[0]?.content;
}

describe('a lone dash in a content', () => {
  it('ends the content before the writer’s aside', () => {
    assert.equal(content('The mayor said the pier would reopen in May - a date the engineers doubt.'), 'the pier would reopen in May');
  });

  it('goes on when "including", "especially", "only" or "whether" follows it', () => {
    assert.equal(
      content('The harbour board said fares would rise in spring — including on the night ferry to the islands.'),
      'fares would rise in spring — including on the night ferry to the islands',
    );
    assert.equal(
      content('The union said the crews would strike on Friday — especially those on the early shift.'),
      'the crews would strike on Friday — especially those on the early shift',
    );
    assert.equal(
      content('The captain said the ferry would sail - only that it would leave an hour late.'),
      'the ferry would sail - only that it would leave an hour late',
    );
    assert.equal(
      content('The council says it will pay for every repair — whether to the pier, the slipway or the sea wall.'),
      'it will pay for every repair — whether to the pier, the slipway or the sea wall',
    );
  });
});
