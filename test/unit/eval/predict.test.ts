// The eval's reading of findings as corpus spans: what is scored is what the detector says.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { predictedSpans } from '../../../scripts/eval/predict';

function directQuotes(text: string): string[] {
  return predictedSpans(analyze(text, { format: 'plaintext' }), text).direct_quote.map((span) => text.slice(span.start, span.end));
}

function contents(text: string): string[] {
  return predictedSpans(analyze(text, { format: 'plaintext' }), text).attr_content.map((span) => text.slice(span.start, span.end));
}

describe('eval: predicted spans', () => {
  it('scores each part of a content its attribution interrupts, as the corpus marks them', () => {
    assert.deepEqual(contents('The crew returned to the dock to, the harbour trust says, repair the crane.'), ['The crew returned to the dock to', 'repair the crane']);
  });

  it('scores a content with no attribution inside it whole', () => {
    assert.deepEqual(contents('The harbour trust says the crew will repair the crane.'), ['the crew will repair the crane']);
  });

  it('scores a quotation that runs on into the next paragraph as content, not as a direct quote', () => {
    const text = '“The pier is safe,” Ms Tan said. “The crane is new.\n\n“It opens in May.”';
    assert.deepEqual(directQuotes(text), ['“The pier is safe,”', '“It opens in May.”']);
    assert.ok(contents(text).includes('“The crane is new.'));
  });
});
