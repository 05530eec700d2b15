// The cue model's trainer adds the other inflections of the lexicon's cues (train-cue-model.ts --inflect).
import assert from 'node:assert/strict';
import { inflectedForms, inflections } from '../../../scripts/eval/cueForms';

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

describe('inflected cue candidates', () => {
  const known = new Set(['conceded', 'stated']);
  const gold = new Map([['conceded', 2], ['stated', 1]]);
  const corpus = 'the mayor conceded the vote. the clerk stated the hours. the states met. the states voted. the states agreed.';

  it('keeps only inflections the corpus shows as cues, unless told to keep the unseen', () => {
    assert.deepEqual(inflectedForms(known, known, gold, corpus, 0.05), []);
    const kept = inflectedForms(known, known, gold, corpus, 0.05, 3);
    assert.ok(kept.includes('concedes'));
    assert.ok(!kept.includes('states'), 'seen three times, never a cue');
  });

  it('keeps an inflection seen as a cue often enough', () => {
    assert.deepEqual(inflectedForms(['conceded'], new Set(['conceded']), new Map([['concedes', 1]]), 'she concedes. he concedes.', 0.5), ['concedes']);
  });
});
