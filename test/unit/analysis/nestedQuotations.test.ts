// Quotations inside quotations in the same curly marks: “… “the term” …” is one quotation.
import assert from 'node:assert/strict';
import { findQuotations } from '../../../server/src/analysis/detectors/quotes';

function quotations(block: string): string[] {
  return findQuotations(block).map((quote) => block.slice(quote.start, quote.end));
}

describe('a quotation nested in another in the same marks', () => {
  it('leaves the outer quotation whole', () => {
    const block = 'Jo Bell wrote: “Crews wearing “Save the Pier” shirts at the hall… ouch.” The ferry sailed.';
    assert.deepEqual(quotations(block), ['“Crews wearing “Save the Pier” shirts at the hall… ouch.”']);
  });

  it('still starts again at an opening mark when the earlier quotation never closed', () => {
    const block = '“We lost the vote. “Then we won it back,” she said, and later, “We will hold it.”';
    assert.deepEqual(quotations(block), ['“Then we won it back,”', '“We will hold it.”']);
  });
});
