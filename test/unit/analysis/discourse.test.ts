// The state carried from block to block: small, JSON, relative offsets re-based by analyze().
import assert from 'node:assert/strict';
import { analyze, analyzeBlock } from '../../../server/src/analysis/engine/analyze';
import { initialDiscourseState } from '../../../server/src/analysis/text/discourse';

describe('discourse state across blocks', () => {
  const text = 'As Mr Adeyemi told the board, costs had doubled.\n\nA second paragraph.\n“We tried,” he added.';

  it('points a pronoun speaker at the naming in an earlier block', () => {
    const quote = analyze(text).find((f) => f.kind === 'quote')!;
    assert.equal(quote.speaker?.name, 'Mr Adeyemi');
    assert.equal(text.slice(quote.speakerMention!.start, quote.speakerMention!.end), 'Mr Adeyemi');
    assert.equal(quote.speakerMention!.start, 3);
  });

  it('keeps the state relative to the block and JSON-serialisable', () => {
    const { state } = analyzeBlock('As Mr Adeyemi told the board, costs had doubled.', initialDiscourseState());
    assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
    assert.deepEqual(state.person, { name: 'Mr Adeyemi', start: 3, end: 13 });
  });

  it('is a pure function of the block and the incoming state', () => {
    const incoming = { person: { name: 'Ms Lund', start: -40, end: -33 } };
    const first = analyzeBlock('“No,” she said.', incoming);
    const second = analyzeBlock('“No,” she said.', incoming);
    assert.deepEqual(first, second);
    assert.deepEqual(first.findings.find((f) => f.kind === 'quote')?.speakerMention, { start: -40, end: -33 });
  });
});
