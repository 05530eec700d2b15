// Anonymous sources and right of reply: the phrase in, the finding out.
import assert from 'node:assert/strict';
import { detectAnonymousSources } from '../../../server/src/analysis/detectors/anonymousSources';
import { detectRightOfReply } from '../../../server/src/analysis/detectors/rightOfReply';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { at, rows, type Row } from './spans';

const detect = (text: string) =>
  rows(text, [...detectAnonymousSources(text, splitSentences(text)), ...detectRightOfReply(text, splitSentences(text))]);

describe('anonymous sources and right of reply', () => {
  const table: [string, (text: string) => Row[]][] = [
    ['Sources say the club will be sold.', (t) => [at('anonymous-source', t, 'Sources')]],
    ['The bank is weighing a sale, people familiar with the matter said.', (t) => [at('anonymous-source', t, 'people familiar with the matter')]],
    // A phrase ending in a preposition runs on to what it names, and stops at the reporting verb.
    ['A person close to the family said the trip was cancelled.', (t) => [at('anonymous-source', t, 'A person close to the family')]],
    ['Sources close to the mayor’s office, speaking privately, disagreed.', (t) => [at('anonymous-source', t, 'Sources close to the mayor’s office')]],
    // "Insiders" are a source only when they say something.
    ['The plan was backed by 449 party insiders.', () => []],
    ['Party insiders said the chairman would resign.', (t) => [at('anonymous-source', t, 'Party insiders')]],
    ['Officials said the road would reopen.', (t) => [at('anonymous-source', t, 'Officials')]],
    ['A senior official, who asked not to be named, confirmed it.', (t) => [at('anonymous-source', t, 'asked not to be named')]],
    ['Two engineers spoke on condition of anonymity.', (t) => [at('anonymous-source', t, 'on condition of anonymity')]],
    // Officials as a subject of the news are not a source.
    ['Officials from both towns met on Monday.', () => []],
    ['The landlord could not be reached for comment.', (t) => [at('right-of-reply', t, 'could not be reached for comment')]],
    ['A spokeswoman declined to comment.', (t) => [at('right-of-reply', t, 'declined to comment')]],
    ['The ministry did not respond to a request for comment.', (t) => [at('right-of-reply', t, 'did not respond to a request for comment')]],
    ['The agent did not immediately return calls.', (t) => [at('right-of-reply', t, 'did not immediately return')]],
    // A response that was given is an attribution, not a note on the right of reply.
    ['The company said in a statement that it had done nothing wrong.', () => []],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(detect(text), expected(text)));

  it('names who did not reply when the sentence opens with them', () => {
    const speakers = [
      'The landlord could not be reached for comment.',
      'But Mr Ode, who was fired in May, declined to comment.',
      'A spokesman for the regional water board did not respond.',
      'After weeks of letters, emails and calls to every office in the building, nobody had replied and the firm did not respond.',
    ].map((text) => {
      const [finding] = detectRightOfReply(text, splitSentences(text));
      return finding.speaker && text.slice(finding.speaker.start, finding.speaker.end);
    });
    assert.deepEqual(speakers, ['The landlord', 'Mr Ode', 'A spokesman for the regional water board', undefined]);
  });

  it('lands exactly after emoji and CJK', () => {
    const text = '👩🏽‍💻 中文 The firm declined to comment.';
    const start = text.indexOf('declined');
    assert.equal(start, 20);
    assert.deepEqual(detect(text), [['right-of-reply', 'declined to comment', 20, 39]]);
  });
});
