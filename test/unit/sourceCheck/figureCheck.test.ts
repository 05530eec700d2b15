import assert from 'node:assert/strict';
import { checkFigure } from '../../../server/src/sourceCheck/figureCheck';
import { figuresIn } from '../../../server/src/sourceCheck/figures';
import { SourceIndex } from '../../../server/src/sourceCheck/sourceIndex';

// A council budget note written for these tests.
const NOTE = [
  'Budget note, spring session',
  '',
  'The council will spend 48,000,000 pounds on the new bridge over three years.',
  'Road repairs take a further £12.5 million. Library opening hours fall by 15 per cent.',
  '',
  'In 2019 the council employed 2,400 staff.',
].join('\n');
const index = new SourceIndex({ text: NOTE });

describe('figures: equivalent forms', () => {
  const table: [string, number, string][] = [
    ['£48m', 48e6, 'GBP'],
    ['£48 million', 48e6, 'GBP'],
    ['48,000,000 pounds', 48e6, 'GBP'],
    ['$3.5bn', 3.5e9, 'USD'],
    ['€900k', 9e5, 'EUR'],
    ['15%', 15, '%'],
    ['15 per cent', 15, '%'],
    ['15 percent', 15, '%'],
    ['2,400 staff', 2400, ''],
  ];
  for (const [text, value, unit] of table) {
    it(`${text} is ${value} ${unit || '(no unit)'}`, () => {
      const [figure] = figuresIn(text);
      assert.equal(figure.value, value);
      assert.equal(figure.unit, unit);
    });
  }

  it('a year standing alone is a date, not a figure; 48 metres is not 48m', () => {
    assert.deepEqual(figuresIn('In 2019').map((f) => f.text), []);
    assert.deepEqual(figuresIn('48 metres').map((f) => f.text), ['48']);
  });
});

describe('figure check against a source', () => {
  it('verbatim in an equivalent form near the claim’s key words, with where', () => {
    const result = checkFigure('£48m', 'The council is spending £48m on the bridge.', index)!;
    assert.equal(result.status, 'verbatim');
    assert.deepEqual(result.place, { line: 3 });
    assert.match(result.passage!, /48,000,000 pounds on the new bridge/);
  });

  it('a different figure in the same place differs, naming both', () => {
    const result = checkFigure('£45 million', 'The council is spending £45 million on the bridge.', index)!;
    assert.equal(result.status, 'differs');
    assert.deepEqual(result.diff, [{ type: 'changed', article: '£45 million', source: '48,000,000 pounds', note: 'the source gives 48,000,000 pounds, not £45 million' }]);
  });

  it('percentages compare only with percentages', () => {
    assert.equal(checkFigure('15%', 'Library hours are cut by 15%.', index)!.status, 'verbatim');
    assert.equal(checkFigure('20%', 'Library hours are cut by 20%.', index)!.status, 'differs');
  });

  it('the right figure far from the claim’s words is not-found', () => {
    assert.equal(checkFigure('2,400', 'The ferry carried 2,400 passengers.', index)!.status, 'not-found');
    assert.equal(checkFigure('£7m', 'Parks get £7m.', index)!.status, 'not-found');
  });

  it('a claim with no figure in it has no figure check', () => {
    assert.equal(checkFigure('the largest bridge', 'It is the largest bridge.', index), undefined);
  });
});
