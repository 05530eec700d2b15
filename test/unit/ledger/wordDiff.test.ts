// Which differences between the words a verdict was given on and the words there now make it stale.
import assert from 'node:assert/strict';
import { changedStretch, wordDiff, wordsChanged } from '../../../server/src/ledger/wordDiff';
import { staleMessage } from '../../../server/src/ledger/staleMessage';

const HARMLESS: [string, string, string][] = [
  ['extra spaces', 'cost £48 million', 'cost  £48   million'],
  ['a line break for a space', 'We will not sell\nthe cranes', 'We will not sell the cranes'],
  ['CRLF for LF', 'first line\r\nsecond line', 'first line\nsecond line'],
  ['a no-break space', '£48 million', '£48\u00a0million'],
  ['curly for straight double quotes', '“We will not sell the cranes,” she said', '"We will not sell the cranes," she said'],
  ['curly for straight apostrophe', 'the board’s report', "the board's report"],
  ['guillemets for quotes', '«Nous vendrons»', '"Nous vendrons"'],
  ['leading and trailing white space', ' 14% ', '14%'],
];

const REAL: [string, string, string][] = [
  ['a digit', '£48 million', '£84 million'],
  ['an added digit', '£48 million', '£480 million'],
  ['a removed negation', 'We will not sell the cranes', 'We will sell the cranes'],
  ['an added negation', 'the board approved it', 'the board never approved it'],
  ['a contraction that negates', 'it is safe', 'it isn’t safe'],
  ['a unit', '£48 million', '£48 billion'],
  ['a currency', '£48 million', '$48 million'],
  ['a sign', 'rose 3%', 'rose -3%'],
  ['a percent sign dropped', 'rose 3%', 'rose 3'],
  ['a decimal point', '2.3 million tonnes', '23 million tonnes'],
  ['digits split', '48000', '48 000'],
  ['a word', 'the mayor said', 'the minister said'],
  ['an added word', 'the port', 'the old port'],
  ['a removed word', 'the old port', 'the port'],
  ['a capital', 'Port', 'port'],
  ['a comma', 'sold, the cranes', 'sold the cranes'],
];

describe('when a verdict’s words changed', () => {
  for (const [what, was, now] of HARMLESS) {
    it(`not for ${what}`, () => assert.equal(wordsChanged(was, now), false));
  }
  for (const [what, was, now] of REAL) {
    it(`for ${what}`, () => {
      assert.equal(wordsChanged(was, now), true);
      assert.equal(wordsChanged(now, was), true);
    });
  }
});

describe('the word diff', () => {
  it('marks a changed figure, keeping the words around it', () => {
    assert.deepEqual(wordDiff('£48 million', '£84 million'), [
      { op: 'same', text: '£' },
      { op: 'removed', text: '48' },
      { op: 'added', text: '84' },
      { op: 'same', text: ' million' },
    ]);
  });

  it('marks a removed negation inside a quote, quotation style aside', () => {
    assert.deepEqual(wordDiff('“We will not sell the cranes”', '"We will sell the cranes"'), [
      { op: 'same', text: '"We will' },
      { op: 'removed', text: ' not' },
      { op: 'same', text: ' sell the cranes"' },
    ]);
  });

  it('finds nothing to mark when only white space changed', () => {
    assert.deepEqual(wordDiff('a  b\nc', 'a b c'), [{ op: 'same', text: 'a b c' }]);
  });
});

describe('the stale message', () => {
  it('names a short claim whole', () => {
    assert.equal(staleMessage('verified', { reason: 'claim-changed', was: '£48 million', now: '£84 million' }), 'verified as ‘£48 million’, now ‘£84 million’');
  });

  it('names a long claim by its changed stretch', () => {
    const was = '“We will not sell the cranes to anyone, whatever the harbour board decides next spring,” she said';
    const now = '“We will sell the cranes to anyone, whatever the harbour board decides next spring,” she said';
    assert.equal(staleMessage('verified', { reason: 'claim-changed', was, now }), 'verified as ‘…We will not sell the…’, now ‘…We will sell the…’');
    assert.deepEqual(changedStretch(was, now, 1), { was: '…will not sell…', now: '…will sell…' });
  });

  it('names the evidence file that changed, or went missing', () => {
    assert.equal(staleMessage('verified', { reason: 'source-changed', was: 'a', now: 'b', source: 'docs/budget.pdf' }), 'verified on docs/budget.pdf, which has changed since the verdict');
    assert.equal(staleMessage('false', { reason: 'source-changed', was: 'a', now: 'missing', source: 'docs/budget.pdf' }), 'false on docs/budget.pdf, which is missing');
  });
});
