import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';

const allegations = (text: string) => analyze(text).filter((finding) => finding.kind === 'allegation').map((finding) => finding.message);

// A complaint named in the first paragraph as what brings the allegations.
const COMPLAINT = 'Harbour pilot Tomas Reyes is the subject of a complaint filed in March by the Kellan Port Authority, which is suing him for allegedly falsifying tide logs.\n\nMr Reyes joined the pilot service in 2015.\n\n';

describe('allegations of a document named in an earlier paragraph', () => {
  it('names the document as probably making an allegation its sentence leaves unsaid, and where it was named', () => {
    const text = `${COMPLAINT}Last winter he allegedly waved a tanker through without an inspection.\n`;
    assert.deepEqual(allegations(text), [
      "Allegation by the Kellan Port Authority — 'allegedly': confirm the complaint says so, and on what evidence?",
      "Allegation, probably by the Kellan Port Authority (named 2 paragraphs before) — 'allegedly': confirm the complaint says so, and on what evidence?",
    ]);
  });

  it('still asks who alleges it when the sentence credits someone, or someone else alleged in between', () => {
    const credited = `${COMPLAINT}Last winter he allegedly waved a tanker through without an inspection, a deckhand said.\n`;
    assert.match(allegations(credited)[1], /^Allegation — 'allegedly': who alleges it/);
    const another = `${COMPLAINT}Dana Okoro said the pilot service allegedly lost the records.\n\nLast winter he allegedly waved a tanker through without an inspection.\n`;
    assert.match(allegations(another)[1], /^Allegation by Dana Okoro/);
    assert.match(allegations(another)[2], /^Allegation — 'allegedly': who alleges it/);
  });

  it('leaves hearsay of other kinds to its question: who believes it is not the complaint', () => {
    const text = `${COMPLAINT}He is believed to have left the country.\n`;
    assert.match(allegations(text)[1], /^Allegation — 'believed': who alleges it/);
  });

  it('does not look back before the article: no earlier paragraph, no guess', () => {
    assert.match(allegations('Last winter the pilot allegedly waved a tanker through.\n')[0], /^Allegation — 'allegedly': who alleges it/);
  });
});
