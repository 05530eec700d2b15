import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { confirmDocument } from '../../../server/src/analysis/detectors/documentSources';

const messages = (text: string, kind: string) => analyze(text).filter((finding) => finding.kind === kind).map((finding) => finding.message);

describe('named documents as sources', () => {
  const table: [string, string | undefined][] = [
    ['the port authority complaint', 'confirm the complaint says it'],
    ['the court filing', 'confirm the filing says it'],
    ['a report by the harbour auditor', 'confirm the report says it'],
    ['the council’s minutes', 'confirm the minutes say it'],
    ['Ferry Line filings', 'confirm the filings say it'],
    // Nobody can find "a report" or "documents": they still need a source.
    ['a report', undefined],
    ['documents', undefined],
    // People and organisations are no documents.
    ['the harbour master', undefined],
    ['Kellan Ferries', undefined],
    ['the report’s author', undefined],
    ['the Harbour Post', undefined],
  ];
  for (const [source, expected] of table) it(source, () => assert.equal(confirmDocument(source), expected));

  it('asks to confirm a named document says it, and to find a source for anyone else', () => {
    const text = 'According to the port authority complaint, the pier was shut twice. The harbour master says the pier was shut twice.';
    assert.deepEqual(messages(text, 'attribution'), [
      'Attributed to the port authority complaint — confirm the complaint says it',
      'Attributed to The harbour master — needs a source',
    ]);
  });

  it('says so for a quote from a named document too', () => {
    const text = 'The court filing says the ferry line “ignored every warning from its own engineers”.';
    assert.deepEqual(messages(text, 'quote'), ['Quote attributed to The court filing — confirm the filing says it']);
  });
});

describe('allegations whose sentence names who alleges them', () => {
  const table: [string, string][] = [
    [
      'According to the port authority complaint, the skipper allegedly ignored the storm warning.',
      "Allegation by the port authority complaint — 'allegedly': confirm the complaint says so, and on what evidence?",
    ],
    [
      'Dana Okoro said the skipper allegedly ignored the storm warning.',
      "Allegation by Dana Okoro — 'allegedly': confirm Dana Okoro made it, and on what evidence?",
    ],
    [
      'The skipper faces a lawsuit filed on Monday by the Kellan Port Authority over allegedly ignoring the warning.',
      "Allegation by the Kellan Port Authority — 'allegedly': confirm the lawsuit says so, and on what evidence?",
    ],
    // An active verb's subject makes the allegation; a passive one's does not.
    ['Dana Okoro accused the skipper of ignoring the storm warning.', "Allegation by Dana Okoro — 'accused': confirm Dana Okoro made it, and on what evidence?"],
    ['Dana Okoro was accused of ignoring the storm warning.', "Allegation — 'accused': who alleges it, and on what evidence?"],
    // Those who deny an allegation do not make it.
    ['Dana Okoro denied the allegations.', "Allegation — 'allegations': who alleges it, and on what evidence?"],
    // Unnamed sources, an unnamed document and a speaker of another clause name no one.
    ['Officials said the skipper allegedly ignored the storm warning.', "Allegation — 'allegedly': who alleges it, and on what evidence?"],
    ['According to a report, the skipper allegedly ignored the storm warning.', "Allegation — 'allegedly': who alleges it, and on what evidence?"],
    ['The skipper allegedly ignored the warning. Dana Okoro said the crew was tired.', "Allegation — 'allegedly': who alleges it, and on what evidence?"],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(messages(text, 'allegation'), [expected]));
});
