// How a message names a speaker: the words the text names them with, without what only
// describes them. Sentences written for these tests.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';

const messages = (text: string, kind: string) => analyze(text).filter((finding) => finding.kind === kind).map((finding) => finding.message);

describe('speaker names in messages', () => {
  it('names a speaker without the relative clause that describes them, and remembers that name', () => {
    const text = '“We will not move,” said Tomas Lee, who has run the kiosk by the pier since the ferry began. “Not this year,” he added.';
    assert.deepEqual(messages(text, 'quote'), ['Quote attributed to Tomas Lee — needs a source', 'Quote attributed to Tomas Lee ("he") — needs a source']);
  });

  it('keeps an apposition, which says who the speaker is, and drops the clause after it', () => {
    const text = 'Ana Ruiz, the harbour master, whose office runs the port, said the pier would close.';
    assert.deepEqual(messages(text, 'attribution'), ['Attributed to Ana Ruiz, the harbour master — needs a source']);
  });

  it('never takes what follows "asked about" for the speaker', () => {
    const speakers = (text: string) => analyze(text).flatMap((finding) => (finding.speaker ? [text.slice(finding.speaker.start, finding.speaker.end)] : []));
    assert.deepEqual(speakers('Ana Ruiz, asked about the pier, said it would close.'), ['Ana Ruiz, asked about the pier,']);
    assert.deepEqual(speakers('“Who pays for the pier?” asked Ana Ruiz.'), ['Ana Ruiz']);
  });
});
