// The cue model's trainer adds the other inflections of the lexicon's cues (train-cue-model.ts --inflect).
import assert from 'node:assert/strict';
import { inflections } from '../../../scripts/eval/cueForms';

describe('inflections of a cue form', () => {
  it('inflects a regular verb from any of its forms', () => {
    for (const form of ['conceded', 'concedes', 'conceding']) {
      const all = new Set([form, ...inflections(form)]);
      for (const expected of ['concede', 'concedes', 'conceded', 'conceding']) assert.ok(all.has(expected), `${form} → ${expected}`);
    }
  });

  it('inflects the first word of a phrase and keeps the rest', () => {
    assert.ok(inflections('pointed to').includes('points to'));
    assert.ok(inflections('called for').includes('calling for'));
  });

  it('knows irregular verbs, -y verbs and doubled consonants', () => {
    assert.ok(inflections('told').includes('tells'));
    assert.ok(inflections('says').includes('said'));
    assert.deepEqual(inflections('denied').sort(), ['denies', 'deny', 'denying']);
    assert.ok(inflections('slammed').includes('slams'));
    assert.ok(!inflections('called').includes('cals'));
  });
});
