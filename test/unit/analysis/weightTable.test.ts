import assert from 'node:assert/strict';
import { WeightTable, scoreOf } from '../../../server/src/analysis/models/weightTable';

describe('weight table', () => {
  it('finds each feature’s weight, and zero for a feature it does not hold', () => {
    // 3 and 19 land in the same slot of a 16-slot table: the second is found past the first.
    const table = new WeightTable([3, 19, 40], [0.5, -1.25, 2]);
    assert.deepEqual([table.get(3), table.get(19), table.get(40), table.get(35), table.get(0)], [0.5, -1.25, 2, 0, 0]);
    assert.equal(scoreOf([3, 19, 19, 7], table), 0.5 - 2.5);
  });

  it('gives a feature listed twice its last weight, as an object keyed by feature would', () => {
    assert.equal(new WeightTable([8, 24, 8], [1, 2, 3]).get(8), 3);
  });

  it('reads a table back from its slots, as the bundles ship the models’ tables', () => {
    const built = new WeightTable([3, 19, 40], [0.5, -1.25, 2]);
    const read = new WeightTable([], [], Int32Array.from(built.slots));
    assert.deepEqual([read.get(3), read.get(19), read.get(40), read.get(35)], [0.5, -1.25, 2, 0]);
  });

  it('refuses slots that are no table, as of a file read while it was written', () => {
    const built = new WeightTable([3, 19, 40], [0.5, -1.25, 2]);
    for (const slots of [new Int32Array(0), built.slots.slice(0, 24)]) assert.throws(() => new WeightTable([], [], slots), /damaged/);
  });
});
