// A cue that takes in its preposition ("by saying") is a participle as "saying" after "by" is:
// its speaker is the subject of the clause, never the words just before the cue.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { findingsOf } from './findingsOf';

describe('a participle cue with its preposition', () => {
  it('takes the subject that opens the words before it', () => {
    const text = 'Ana Ruiz ended her list by saying, “The pier must wait.”';
    assert.deepEqual(findingsOf(text, 'quote').map((quote) => [quote.cue, quote.speaker]), [['by saying', 'Ana Ruiz']]);
  });

  it('takes the sentence’s subject past an object with no verb of its own', () => {
    const text = 'The mayor spoke first. She followed that by saying, “I am not a natural sailor.”';
    assert.deepEqual(findingsOf(text, 'quote').map((quote) => [quote.cue, quote.speaker]), [['by saying', 'She']]);
  });

  it('is no second attribution after the verb it describes', () => {
    const text = 'The spokesman responded by saying, “We never comment on fares.”';
    const claims = analyze(text, { format: 'plaintext' }).filter((finding) => finding.kind === 'quote' || finding.kind === 'attribution');
    assert.equal(claims.length, 1);
  });

  it('counts the speaker in UTF-16 units past an emoji', () => {
    const text = '🚢⚓ Ana Ruiz ended her list by saying, “The pier must wait.”';
    const [quote] = analyze(text, { format: 'plaintext' }).filter((finding) => finding.kind === 'quote');
    assert.deepEqual([quote.speaker?.start, quote.speaker?.end], [text.indexOf('Ana'), text.indexOf(' ended')]);
  });
});
