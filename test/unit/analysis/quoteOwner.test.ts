// Whose quotation it is and where what was said begins: the sentence in, the quote and its
// attribution out.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';
import { handOnTo } from '../../../server/src/analysis/detectors/quoteSpeakers';
import type { DiscourseState } from '../../../server/src/analysis/text/discourse';

describe('a quotation set off by a comma or colon at the end of its sentence', () => {
  it('is what was said, after phrases about the saying that hold commas of their own', () => {
    for (const [text, cue, speaker, said] of [
      ['Tom Lee wrote to his 20,000 followers on the harbour page, “The pier stays open. Come and see it.” The ferry sailed.', 'wrote', 'Tom Lee', '“The pier stays open. Come and see it.”'],
      ['The harbour master said on Monday, in a note to crews, a day after the storm, “Stay in port until the wind drops.” The ferry sailed.', 'said', 'The harbour master', '“Stay in port until the wind drops.”'],
      ['Ruiz answered slowly, with a shrug: “Ask the council.” Nobody did.', 'answered', 'Ruiz', '“Ask the council.”'],
    ]) {
      assert.deepEqual(findingsOf(text, 'attribution'), [], text);
      assert.deepEqual(
        findingsOf(text, 'quote').map((quote) => [quote.cue, quote.speaker, quote.content]),
        [[cue, speaker, said]],
        text,
      );
    }
  });

  it('goes on with the clause before it when it opens in lower case', () => {
    const text = 'Lee writes the firm works with other port agencies, as well, “including the coast guard and the customs office.” The firm said nothing.';
    assert.deepEqual(
      findingsOf(text, 'attribution').map((attribution) => [attribution.cue, attribution.content]),
      [['writes', 'the firm works with other port agencies, as well, “including the coast guard and the customs office.”']],
    );
  });
});

describe('two attributions holding the same quotation', () => {
  it('give it to the one that names a speaker', () => {
    const text = 'Ana Ruiz, who phoned the mayor soon after the result was declared, told her supporters, "I still love this harbour, and I always will." The count went on.';
    assert.deepEqual(
      findingsOf(text, 'quote').map((quote) => [quote.text, quote.cue, quote.speaker]),
      [['"I still love this harbour, and I always will."', 'told', 'Ana Ruiz']],
    );
  });
});

describe('a quotation opening the sentence after a relative clause that speaks', () => {
  it('is handed on to the person the pronoun stands for, not to "who"', () => {
    const block = '“Is the pier safe?” said Lee, who said he would not vote. “I sleep well.”';
    const who = block.indexOf('who');
    const lee = block.indexOf('Lee');
    const state: DiscourseState = {};
    handOnTo(
      block,
      {
        start: who,
        end: who + 8,
        cue: { start: who + 4, end: who + 8, form: 'said', inflected: false },
        speaker: { start: who, end: who + 3, name: 'Lee' },
        speakerMention: { start: lee, end: lee + 3 },
        content: [{ start: who + 9, end: block.indexOf('.') }],
      },
      state,
    );
    assert.deepEqual(state.quoted, { name: 'Lee', start: lee, end: lee + 3 });
  });
});

describe('a quotation right after "X said" with its comma left out', () => {
  it('goes on with the words X said before it', () => {
    const text = '“We will rebuild the pier. It is so simple,” Lee said “The old council let it rot, but we can fix it.” The ferry sailed.';
    assert.deepEqual(
      findingsOf(text, 'quote').map((quote) => [quote.speaker, quote.parts]),
      [['Lee', ['“We will rebuild the pier. It is so simple,”', '“The old council let it rot, but we can fix it.”']]],
    );
  });

  it('is no part of a headline before a colon cue', () => {
    const text = '"Harbour show to play Cork in long run starting in 2016," by the Weekly\'s Jo Lee: "The harbour musical will ride its wave all the way to Cork, where a production will begin."';
    assert.ok(findingsOf(text, 'quote').every((quote) => !quote.parts));
  });
});

describe('a quotation that opens what was said, followed by a clause of narrative', () => {
  it('is all that was said', () => {
    for (const text of [
      'Ruiz wrote, “The pier stays open” and walked out of the hall.',
      'The mayor emailed supporters saying: “The fight goes on” and vowing to run again next year.',
      'About fifty dockers had gathered by noon, chanting “no deal, no peace” after the talks failed on Friday.',
    ]) {
      const said = /“[^”]*”/.exec(text)![0];
      assert.deepEqual(
        findingsOf(text, 'attribution').filter((attribution) => attribution.content?.includes(said)).map((attribution) => attribution.content),
        text.includes('chanting') ? [said] : [],
        text,
      );
    }
  });
});
