// An "it" that stands for the clause after a verb of seeming or a passive is no part of what is said.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('an "it" standing for the clause after its verb', () => {
  it('is left out of the content', () => {
    const [seems] = findingsOf('By Friday it seemed that the pier would close for the winter.', 'attribution');
    assert.equal(seems.content, 'that the pier would close for the winter');
    assert.equal(seems.parts, undefined);
    const [reported] = findingsOf('In March it was widely reported that the ferry had been sold.', 'attribution');
    assert.equal(reported.content, 'that the ferry had been sold');
  });

  it('stays the subject when "to" or "like" follows the verb: it may name a thing', () => {
    const [found] = findingsOf('The ferry left at noon. It seemed to list to port.', 'attribution');
    assert.deepEqual(found.parts, ['It', 'to list to port']);
  });
});
