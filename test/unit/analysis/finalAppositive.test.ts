// A phrase after a content's only comma that comments on what was said, or on whom it names, is no part of it.
import assert from 'node:assert/strict';
import { finalAppositiveEnd } from '../../../server/src/analysis/detectors/finalAppositive';
import { findingsOf } from './findingsOf';

function kept(content: string): string {
  return content.slice(0, finalAppositiveEnd(content, 0, content.length));
}

describe('a final appositive after a content', () => {
  it('ends the content at the comma before a noun phrase or a "who" clause', () => {
    assert.equal(kept('the ferry would sail on Friday, a day later than planned.'), 'the ferry would sail on Friday');
    assert.equal(kept('the pier was sold to Ana Ruiz, who ran the kiosk for years.'), 'the pier was sold to Ana Ruiz');
    assert.equal(kept('the levy would fund the sea wall, a project the council put off twice'), 'the levy would fund the sea wall');
  });

  it('leaves lists, clauses and phrases after a fronted phrase alone', () => {
    for (const content of [
      'the council would repair the slipway, the pier and the sea wall.',
      'despite the storm, the ferry would sail.',
      'the pier was safe, the harbour master would say nothing more.',
      'the fares, the timetable and the crews would change, a plan the union opposes.',
    ]) {
      assert.equal(kept(content), content);
    }
  });

  it('shapes what an attribution credits', () => {
    const [found] = findingsOf('The harbour master said the ferry would sail on Friday, a day later than planned.', 'attribution');
    assert.equal(found.content, 'the ferry would sail on Friday');
  });
});
