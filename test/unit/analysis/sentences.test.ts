import assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/analysis/text/sentences';

const cases: [string, string[]][] = [
  ['Mr. Okafor left on Sept. 4. He came back.', ['Mr. Okafor left on Sept. 4.', 'He came back.']],
  ['The U.S. Treasury paid $3.25 a share. Dr. Lee agreed.', ['The U.S. Treasury paid $3.25 a share.', 'Dr. Lee agreed.']],
  ['“Stop!” she shouted. Nobody did.', ['“Stop!” she shouted.', 'Nobody did.']],
  ['He said: “We lost.” Then he left.', ['He said: “We lost.”', 'Then he left.']],
  ['It ranked No. 3 in the poll by A. B. Carter. Was it fair? Yes!', ['It ranked No. 3 in the poll by A. B. Carter.', 'Was it fair?', 'Yes!']],
  ['Prices rose 2.5 per cent. wages did not', ['Prices rose 2.5 per cent. wages did not']],
  ['📢 The ferry is late. ⚠️ 🇬🇧 Sailings resume at noon. 🎉', ['The ferry is late.', 'Sailings resume at noon.']],
  ['👉🏽 “We waited,” she said.', ['“We waited,” she said.']],
];

describe('splitSentences', () => {
  for (const [block, expected] of cases) {
    it(`splits ${JSON.stringify(block)}`, () => {
      assert.deepEqual(
        splitSentences(block).map((s) => block.slice(s.start, s.end)),
        expected,
      );
    });
  }
});
