import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { editorialInsertions } from '../../../server/src/analysis/detectors/editorialInsertions';

const quoteMessages = (text: string) => analyze(text).filter((finding) => finding.kind === 'quote').map((finding) => finding.message);

describe('editorial insertions in quotes', () => {
  const table: [string, string[]][] = [
    ['“We will not [sell] the quay,”', ['[sell]']],
    ['“[The authority] will review it,”', ['[The authority]']],
    ['“He [Mr Ode] and she [Ms Tal] agreed,”', ['[Mr Ode]', '[Ms Tal]']],
    // An elision leaves words out and puts none in; a bracketed letter changes only its case.
    ['“We built it […] for the town,”', []],
    ['“We built it [...] for the town,”', []],
    ['“[W]e built it,”', []],
    ['“We built it,”', []],
  ];
  for (const [quote, expected] of table) it(quote, () => assert.deepEqual(editorialInsertions(quote), expected));

  it('asks the checker to compare the editor’s words with the original, whoever the speaker', () => {
    const text = '“The [harbour] board will not sell the quay before the vote,” said Mira Holt.\n\n“We were told [by the council] that the pier was sound and would stay open,” one fisher said.\n';
    assert.deepEqual(quoteMessages(text), [
      'Quote attributed to Mira Holt — needs a source; it contains an editorial insertion ‘[harbour]’: check it against the original',
      'Quote attributed to one fisher — needs a source; it contains an editorial insertion ‘[by the council]’: check it against the original',
    ]);
  });

  it('says nothing of brackets when a quote has none, or only an elision', () => {
    const text = '“The board will not sell […] the quay before the vote,” said Mira Holt.\n';
    assert.deepEqual(quoteMessages(text), ['Quote attributed to Mira Holt — needs a source']);
  });
});
