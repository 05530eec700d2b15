// A title in quotation marks named after the noun for its work or its owner, or a headline before
// its byline, is no one's quote, even when a cue reads it as what was said.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';
import { findQuotations } from '../../../server/src/analysis/detectors/quotes';
import { titlesWork } from '../../../server/src/analysis/detectors/titleOfWork';

describe('a title after the noun for its work', () => {
  it('is no quote, even when a cue reads it as content', () => {
    for (const text of [
      'The harbour master looked back on the storm years, she wrote in her memoir, “Salt and Iron.”',
      'The skipper explained the rescue to Harbour FM’s “Morning Tide.” The crew was safe.',
      'Ana Ruiz talked about her new radio show, “Voices of the Quay,” the station said.',
      '🚢 Ana Ruiz talked about her new radio show, “Voices of the Quay,” the station said.',
    ]) {
      assert.deepEqual(findingsOf(text, 'quote'), [], text);
    }
  });

  it('leaves speech after such a noun to its speaker', () => {
    const speech = 'At the launch of her book, Ana Ruiz said: “We Will Sail Again.”';
    assert.deepEqual(findingsOf(speech, 'quote').map((quote) => quote.speaker), ['Ana Ruiz']);
    const lower = 'Ana Ruiz talked about her new show, “it will air on Fridays,” the station said.';
    assert.deepEqual(findingsOf(lower, 'quote').map((quote) => quote.content), ['“it will air on Fridays,”']);
  });
});

describe('a headline before its byline', () => {
  it('is no quote', () => {
    const text = 'Reading list.\n\n—“Ferry fares to rise in spring 😬,” by Harbour Post’s Jo Lee: “The ferry company said on Monday that fares would rise.”';
    const quotes = findingsOf(text, 'quote');
    assert.ok(quotes.every((quote) => !quote.content?.startsWith('“Ferry')), JSON.stringify(quotes));
  });

  it('needs the byline’s capitalised words to end at a colon or the paragraph', () => {
    const text = '“We will be done,” by Tuesday night the harbour master had said it twice.';
    const [quotation] = findQuotations(text);
    assert.equal(titlesWork(text, quotation), false);
    const headline = '“Ferry fares to rise,” by Harbour Post’s Jo Lee: more below.';
    assert.equal(titlesWork(headline, findQuotations(headline)[0]), true);
  });
});
