import assert from 'node:assert/strict';
import { checkQuote } from '../../../server/src/sourceCheck/quoteCheck';
import { SourceIndex } from '../../../server/src/sourceCheck/sourceIndex';
import type { SourceCheck } from '../../../server/src/sourceCheck/sourceCheck';

// A statement written for these tests.
const STATEMENT = [
  'Statement of the Harbour Authority, 3 March',
  '',
  'The authority has received the inspectors’ findings. It will review the decision to close the',
  'north quay before the summer, and it will publish the inspectors’ report in full.',
  '',
  'We did not know about the cracks in the sea wall until February. Repairs will cost £4.5 million',
  'and take 18 months. The quay remains closed to heavy vehicles.',
  '',
  'Our staff have worked “around the clock”, said the chair, Ada Moss.',
].join('\n');

const index = new SourceIndex({ text: STATEMENT });

function check(quote: string): SourceCheck {
  return checkQuote(quote, index);
}

describe('quote check: allowances of journalistic practice', () => {
  const cases: { quote: string; status: SourceCheck['status']; edits?: string[] }[] = [
    { quote: '“It will review the decision to close the north quay before the summer”', status: 'verbatim' },
    { quote: '"We did not know about the cracks in the sea wall until February."', status: 'verbatim' },
    { quote: '“The authority has received the inspectors\' findings.”', status: 'verbatim' },
    { quote: '“It   will review\nthe decision”', status: 'verbatim' },
    { quote: '“worked ‘around the clock’”', status: 'verbatim' },
    { quote: "“It will publish the inspectors’ report in full”", status: "allowed-edits", edits: ["first-letter-case"] },
    { quote: '“We did not know about the cracks in the sea wall until February,”', status: 'allowed-edits', edits: ['final-punctuation'] },
    { quote: '“It will review the decision …”', status: 'verbatim' },
    { quote: '“It will review the decision ... before the summer”', status: 'allowed-edits', edits: ['ellipsis'] },
    { quote: '“It will review the decision … and it will publish the inspectors’ report”', status: 'allowed-edits', edits: ['ellipsis'] },
    { quote: '“It will review the decision . . . before the summer”', status: 'allowed-edits', edits: ['ellipsis'] },
    { quote: '“It will review the decision […] before the summer”', status: 'allowed-edits', edits: ['ellipsis'] },
    { quote: '“[The authority] will review the decision to close the north quay”', status: 'allowed-edits', edits: ['brackets'] },
    { quote: '“Repairs will cost £4.5 million and take 18 months [to complete].”', status: 'allowed-edits', edits: ['brackets'] },
  ];
  for (const { quote, status, edits } of cases) {
    it(`${status}: ${quote}`, () => {
      const result = check(quote);
      assert.equal(result.status, status, JSON.stringify(result, null, 1));
      assert.deepEqual(result.edits.map((e) => e.kind), edits ?? []);
      assert.deepEqual(result.diff, []);
    });
  }

  it('names the words the ellipsis stands for and the bracket replaces', () => {
    const ellipsis = check('“It will review the decision … before the summer”');
    assert.deepEqual(ellipsis.edits, [{ kind: 'ellipsis', article: '…', source: 'to close the north quay' }]);
    const brackets = check('“[The authority] will review the decision”');
    assert.deepEqual(brackets.edits, [{ kind: 'brackets', article: '[The authority]', source: 'It' }]);
  });

  it('says where the passage is: line, and the passage itself', () => {
    const result = check('“Repairs will cost £4.5 million”');
    assert.deepEqual(result.place, { line: 6 });
    assert.equal(result.passage, 'Repairs will cost £4.5 million');
  });
});

describe('quote check: changes that are not allowed', () => {
  it('a dropped “not”', () => {
    const result = check('“We did know about the cracks in the sea wall until February.”');
    assert.equal(result.status, 'differs');
    assert.deepEqual(result.diff.filter((p) => p.type !== 'same'), [{ type: 'dropped', source: 'not', note: 'drops “not”' }]);
  });

  it('an added “not”', () => {
    const result = check('“It will not review the decision”');
    assert.equal(result.status, 'differs');
    assert.deepEqual(result.diff.filter((p) => p.type !== 'same'), [{ type: 'added', article: 'not', note: 'adds “not”' }]);
  });

  it('a changed number', () => {
    const result = check('“Repairs will cost £4.8 million and take 18 months.”');
    assert.equal(result.status, 'differs');
    assert.deepEqual(result.diff.filter((p) => p.type !== 'same'), [{ type: 'changed', article: '4.8', source: '4.5', note: 'changes the number “4.5” to “4.8”' }]);
  });

  it('a changed word and words added', () => {
    const changed = check('“It will reverse the decision to close the north quay”');
    assert.deepEqual(changed.diff.filter((p) => p.type !== 'same'), [{ type: 'changed', article: 'reverse', source: 'review' }]);
    const added = check('“It will review the controversial decision to close the north quay”');
    assert.deepEqual(added.diff.filter((p) => p.type !== 'same'), [{ type: 'added', article: 'controversial' }]);
  });

  it('two passages stitched together without an ellipsis', () => {
    const result = check('“It will review the decision to close the north quay. Repairs will cost £4.5 million and take 18 months.”');
    assert.equal(result.status, 'differs');
    const stitched = result.diff.find((p) => p.type === 'stitched');
    assert.ok(stitched, JSON.stringify(result.diff));
    assert.match(stitched.note!, /another passage \(line [36]\)/);
  });

  it('a case change inside the quote, and a changed final mark', () => {
    assert.equal(check('“It will review The decision”').status, 'differs');
    assert.equal(check('“We did not know about the cracks in the sea wall until February?”').status, 'differs');
  });

  it('an ellipsis that reverses the order of two passages', () => {
    const result = check('“before the summer … It will review the decision”');
    assert.equal(result.status, 'differs');
  });

  it('nothing close enough: not-found', () => {
    assert.equal(check('“Ferries will run every hour from Monday”').status, 'not-found');
    assert.equal(check('“”').status, 'not-found');
  });
});

describe('quote check on a long source of common words', () => {
  it('finds a quote made only of common words far into the source, through pairs of words', () => {
    const vocabulary = 'the board said it would review all of this and that again soon'.split(' ');
    let state = 3;
    const words = Array.from({ length: 60_000 }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return vocabulary[state % vocabulary.length];
    });
    const source = new SourceIndex({ text: words.join(' ') });
    const at = 51_234;
    const quote = words.slice(at, at + 12).join(' ');
    const result = checkQuote(`“${quote}”`, source);
    assert.ok(result.status === 'verbatim' || result.status === 'allowed-edits', result.status);
    assert.equal(result.passage, quote);
  });
});
