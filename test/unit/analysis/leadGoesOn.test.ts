// A quotation opening in lower case after a phrase and its comma finishes the writer's sentence:
// the phrase is part of what was said. One opening on a capital is the speaker's sentence alone.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { findingsOf } from './findingsOf';

describe('a phrase and its comma before a quotation in lower case', () => {
  it('is part of what was said', () => {
    const text = 'In past seasons, “we sold out of ferry tickets by June,” Ana Ruiz said.';
    const [attribution] = findingsOf(text, 'attribution');
    assert.deepEqual([attribution.cue, attribution.speaker, attribution.content], ['said', 'Ana Ruiz', 'In past seasons, “we sold out of ferry tickets by June,”']);
    // The quotation is still hers, a partial quote inside the content.
    assert.deepEqual(findingsOf(text, 'quote').map((quote) => [quote.content, quote.speaker]), [['“we sold out of ferry tickets by June,”', 'Ana Ruiz']]);
  });

  it('stays outside a quotation opening on a capital', () => {
    const text = 'In past seasons, “We sold out of ferry tickets by June,” Ana Ruiz said.';
    assert.deepEqual(findingsOf(text, 'attribution'), []);
    assert.deepEqual(findingsOf(text, 'quote').map((quote) => quote.content), ['“We sold out of ferry tickets by June,”']);
  });

  it('counts its range in UTF-16 units past an emoji', () => {
    const text = '🚢 Tom Hale wrote about the pier. In past seasons, “we sold out by June 🎟️,” Ana Ruiz said.';
    const attribution = analyze(text, { format: 'plaintext' }).find((finding) => finding.kind === 'attribution' && finding.cue && text.slice(finding.cue.start, finding.cue.end) === 'said');
    assert.ok(attribution?.content);
    assert.equal(attribution.content.start, text.indexOf('In past'));
    assert.equal(attribution.content.end, text.indexOf('” Ana') + 1);
  });
});
