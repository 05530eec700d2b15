import assert from 'node:assert/strict';
import { formStem } from '../../../server/src/analysis/lexicons/formStem';

describe('formStem', () => {
  it('gives the forms of one verb one stem, the words after the verb kept', () => {
    const stems = ['concedes to', 'conceded to', 'conceding to', 'concede to'].map((form) => formStem(form, {}));
    assert.deepEqual(new Set(stems), new Set(['conced to']));
    assert.equal(formStem('slammed', {}), formStem('slams', {}));
  });

  it('takes the stems of irregular forms from the table it is given', () => {
    assert.equal(formStem('told reporters', { told: 'tell' }), 'tell reporters');
    assert.equal(formStem('told reporters', {}), 'told reporters');
  });
});
