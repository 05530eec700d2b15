// The speaker read from the words right after a quotation closed by its own comma, "!" or "?".
import assert from 'node:assert/strict';
import { findQuotations } from '../../../server/src/analysis/detectors/quotes';
import { tailSpeaker } from '../../../server/src/analysis/detectors/tailSpeaker';

function tail(block: string): { speaker: string; cue?: string } | undefined {
  const found = tailSpeaker(block, findQuotations(block)[0]);
  if (!found) return undefined;
  const words = (span: { start: number; end: number }) => block.slice(span.start, span.end);
  return found.cue ? { speaker: words(found.speaker), cue: words(found.cue) } : { speaker: words(found.speaker) };
}

describe('tailSpeaker', () => {
  it('reads a described speaker and the lexicon verb after it as speaker and cue', () => {
    assert.deepEqual(tail('“I stand by every word,” the Cork councillor told a radio host on Monday when asked about it.'), {
      speaker: 'the Cork councillor',
      cue: 'told',
    });
  });

  it('keeps the auxiliaries of the lexicon verb in the cue', () => {
    assert.deepEqual(tail('“We will rebuild,” Ana Ruiz has also said.'), { speaker: 'Ana Ruiz', cue: 'has also said' });
  });

  it('reads an unknown past-tense verb as naming the speaker, with no cue', () => {
    assert.deepEqual(tail('“Not one week late!” the harbour master beamed.'), { speaker: 'the harbour master' });
  });

  it('takes a quotation that closes a quotation inside it', () => {
    assert.deepEqual(tail('“He told me, ‘Go home,’” Ms Tan said.'), { speaker: 'Ms Tan', cue: 'said' });
  });

  it('names no speaker after a full stop, nor when other words stand before the verb', () => {
    assert.equal(tail('“The pier is shut.” The harbour master said nothing.'), undefined);
    assert.equal(tail('“Closed,” read a sign on the gate that the mayor said was new.'), undefined);
  });
});
