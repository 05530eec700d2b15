// Anonymous sources and right of reply: the phrase in, the finding out.
import assert from 'node:assert/strict';
import { detectAnonymousSources } from '../../../server/src/analysis/anonymousSources';
import { detectRightOfReply } from '../../../server/src/analysis/rightOfReply';
import { splitSentences } from '../../../server/src/analysis/sentences';
import { at, rows, type Row } from './spans';

const detect = (text: string) =>
  rows(text, [...detectAnonymousSources(text, splitSentences(text)), ...detectRightOfReply(text, splitSentences(text))]);

describe('anonymous sources and right of reply', () => {
  const table: [string, (text: string) => Row[]][] = [
    ['Sources say the club will be sold.', (t) => [at('anonymous-source', t, 'Sources')]],
    ['The bank is weighing a sale, people familiar with the matter said.', (t) => [at('anonymous-source', t, 'people familiar with the matter')]],
    ['A person close to the family said the trip was cancelled.', (t) => [at('anonymous-source', t, 'A person close to')]],
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

  it('lands exactly after emoji and CJK', () => {
    const text = '👩🏽‍💻 中文 The firm declined to comment.';
    const start = text.indexOf('declined');
    assert.equal(start, 20);
    assert.deepEqual(detect(text), [['right-of-reply', 'declined to comment', 20, 39]]);
  });
});
