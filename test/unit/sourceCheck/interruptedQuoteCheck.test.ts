// A quote interrupted by its attribution, found through the real detector and checked against a
// source part by part: the writer's words between the parts are no stitch and no difference.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { checkQuote } from '../../../server/src/sourceCheck/quoteCheck';
import { SourceIndex } from '../../../server/src/sourceCheck/sourceIndex';
import { answerQuery, checkQueryOf } from '../../../server/src/sources/checkQuery';
import type { SourceCheck } from '../../../server/src/sourceCheck/sourceCheck';

// A transcript written for these tests.
const TRANSCRIPT = [
  'Interview with the ferry captain, 12 April',
  '',
  'We lost both engines at dawn and had to wait for the tug. The passengers stayed calm the whole time.',
  'Later the coastguard asked us to anchor outside the harbour.',
].join('\n');

const index = new SourceIndex({ text: TRANSCRIPT });

function checkOf(article: string): SourceCheck | null {
  const quote = analyze(article).find((f) => f.kind === 'quote');
  assert.ok(quote?.parts, `one quote in two parts in ${article}`);
  const query = checkQueryOf(article, quote)!;
  assert.deepEqual(query.parts?.length, 2);
  return answerQuery(query, index);
}

describe('checking a quote interrupted by its attribution', () => {
  it('finds each part with its comma before the attribution allowed: no stitch', () => {
    const result = checkOf('“We lost both engines at dawn,” the captain said, “and had to wait for the tug.”');
    assert.equal(result?.status, 'allowed-edits', JSON.stringify(result));
    assert.deepEqual(result?.edits.map((edit) => edit.kind), ['final-punctuation']);
    assert.deepEqual(result?.diff, []);
    assert.equal(result?.passage, 'We lost both engines at dawn and had to wait for the tug');
    assert.deepEqual(result?.place, { line: 3 });
  });

  it('accepts parts that stand apart in the source, as a quote split by “she said.” does', () => {
    const result = checkOf('“The passengers stayed calm the whole time,” the captain said. “Later the coastguard asked us to anchor outside the harbour.”');
    assert.notEqual(result?.status, 'differs', JSON.stringify(result));
    assert.ok(!result?.diff.some((part) => part.type === 'stitched'));
  });

  it('still names a changed number in one part, and a part the source does not have', () => {
    const changed = checkOf('“We lost all three engines at dawn,” the captain said, “and had to wait for the tug.”');
    assert.equal(changed?.status, 'differs');
    assert.ok(changed?.diff.some((part) => part.type !== 'same'), JSON.stringify(changed?.diff));
    const invented = checkOf('“We lost both engines at dawn,” the captain said, “but the owners never paid the crew for the overtime.”');
    assert.equal(invented?.status, 'differs');
    assert.deepEqual(invented?.diff.at(-1), { type: 'added', article: 'but the owners never paid the crew for the overtime.', note: '“but the owners never paid the crew for the overtime.” is not in the source' });
  });

  it('would differ if read as one passage with the attribution in it', () => {
    const article = '“We lost both engines at dawn,” the captain said, “and had to wait for the tug.”';
    assert.equal(checkQuote(article, index).status, 'differs');
  });

  it('is not found when neither part is', () => {
    assert.equal(checkOf('“Nobody told us anything,” the captain said, “until the evening news.”')?.status, 'not-found');
  });
});
