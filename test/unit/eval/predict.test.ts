// The eval's reading of findings as corpus spans: what is scored is what the detector says.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { predictedSpans } from '../../../scripts/eval/predict';

function contents(text: string): string[] {
  return predictedSpans(analyze(text, { format: 'plaintext' })).attr_content.map((span) => text.slice(span.start, span.end));
}

describe('eval: predicted spans', () => {
  it('scores each part of a content its attribution interrupts, as the corpus marks them', () => {
    assert.deepEqual(contents('The crew returned to the dock to, the harbour trust says, repair the crane.'), ['The crew returned to the dock to', 'repair the crane']);
  });

  it('scores a content with no attribution inside it whole', () => {
    assert.deepEqual(contents('The harbour trust says the crew will repair the crane.'), ['the crew will repair the crane']);
  });
});
