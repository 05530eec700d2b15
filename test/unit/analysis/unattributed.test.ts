import assert from 'node:assert/strict';
import type { Detected } from '../../../server/src/analysis/finding';
import { checkWorthiness, checkWorthinessFeatures } from '../../../server/src/analysis/models/checkWorthiness';
import { detectUnattributed } from '../../../server/src/analysis/detectors/unattributed';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { rows } from './spans';
import { findingsOf } from './findingsOf';

const detect = (text: string, others: Detected[] = []) => rows(text, detectUnattributed(text, splitSentences(text), others));

describe('detectUnattributed', () => {
  it('marks a specific factual sentence with no source as a whole sentence', () => {
    const text = 'The senate passed the budget bill in March 2021. I hope you enjoy it.';
    assert.deepEqual(detect(text), [['unattributed', 'The senate passed the budget bill in March 2021.', 0, 48]]);
  });

  it('leaves opinions, questions and fragments alone', () => {
    for (const text of ['2:30 p.m.', 'Updated 2019.', 'I think we can do better than this.', 'What would you do about it?', 'Thank you for having me.']) {
      assert.deepEqual(detect(text), [], text);
    }
  });

  it("leaves a column writer's judgement and a counterfactual alone", () => {
    for (const text of ['Her account is a gripping one, showing the strain on the small ferry firms.', 'But had she stayed on, she might have written a memoir about the harbour.']) {
      assert.deepEqual(detect(text), [], text);
    }
  });

  it('leaves a paragraph alone when anything in it names a source', () => {
    const text = 'The council closed 14 libraries in 2019. The mayor said so.';
    const said = text.indexOf('said');
    const attribution: Detected = { kind: 'attribution', start: said, end: said + 4, message: 'Attribution' };
    assert.deepEqual(detect(text, [attribution]), []);
  });

  it('does not count the writer as a source for their own claim', () => {
    for (const [text, speaker] of [
      ['I said the plant closed 14 libraries in 2019.', 'I'],
      ['As we’ve reported, the plant closed 14 libraries in 2019.', 'we’ve'],
    ]) {
      const start = text.indexOf(speaker);
      const attribution: Detected = { kind: 'attribution', start, end: start + speaker.length, speaker: { start, end: start + speaker.length }, message: 'Attribution' };
      assert.equal(detect(text, [attribution]).length, 1, text);
    }
  });

  it('does not count a quotation with no speaker as a source', () => {
    const text = 'The plant shipped its “cheap” parts to Ohio in 2017.';
    const quote: Detected = { kind: 'quote', start: 22, end: 29, message: 'Quote' };
    assert.equal(detect(text, [quote]).length, 1);
  });

  it('does not count allegations or right of reply as a source', () => {
    const text = 'The company sold the mine to a rival in 2018.';
    const reply: Detected = { kind: 'right-of-reply', start: 0, end: 3, message: 'Right of reply' };
    assert.equal(detect(text, [reply]).length, 1);
  });

  it('lands exactly after emoji and CJK', () => {
    const text = '🚀🚀 东京. The senate passed the budget bill by 52 votes to 48 in March 2021.';
    const [row] = detect(text);
    assert.deepEqual(row.slice(2), [text.indexOf('The senate'), text.length]);
    assert.equal(text.indexOf('The senate'), 9);
  });
});

describe('checkWorthiness', () => {
  it('scores a dated, numbered claim above small talk', () => {
    assert.ok(checkWorthiness('Unemployment fell to 4 percent in 2019.') > checkWorthiness('Thank you very much.'));
  });

  it('names the shapes it sees', () => {
    const features = checkWorthinessFeatures('Did Smith sign 3 bills?');
    for (const feature of ['first:did', 'shape:name', 'shape:number', 'shape:question', 'shape:short', 'b:sign 0']) {
      assert.ok(features.includes(feature), feature);
    }
  });
});

describe('detectUnattributed with statistics', () => {
  it('counts a sentence that carries a statistic as check-worthy', () => {
    const text = 'The depot flooded in June 2021. Nobody knows what to do.';
    const date: Detected = { kind: 'statistic', start: text.indexOf('June'), end: text.indexOf('June') + 9, message: 'Date' };
    assert.deepEqual(detect(text, [date]), [['unattributed', 'The depot flooded in June 2021.', 0, 31]]);
  });

  it('does not mark a figure of speech as a claim', () => {
    for (const text of ['Thank you to the two of you for having me.', 'I want to thank millions of you for your prayers tonight.']) {
      assert.deepEqual(findingsOf(text, 'unattributed'), [], text);
    }
    assert.deepEqual(findingsOf('The ferry company cut two routes in 2019.', 'unattributed').map((f) => f.text), ['The ferry company cut two routes in 2019.']);
  });

  describe('a pronoun that resolves to nobody named is no source', () => {
    const table: [text: string, unattributed: string[]][] = [
      ['He said the ferry levy raised €4m in 2025.', ['He said the ferry levy raised €4m in 2025.']],
      ['They claim the dredging cost 12% more than planned.', ['They claim the dredging cost 12% more than planned.']],
      // Resolved to a named speaker, the pronoun is a source.
      ['Mayor Ines Rocha opened the pier in 2019. She said the levy raised €4m in 2025.', []],
      ['The port board, which said the levy raised €4m, met on Friday.', []],
      ['Ines Rocha said the levy raised €4m in 2025.', []],
    ];
    for (const [text, expected] of table) it(text, () => assert.deepEqual(findingsOf(text, 'unattributed').map((f) => f.text), expected));
  });

  describe('headlines and subheads are titles, not unattributed claims', () => {
    const BODY = 'The port authority spent €4m on dredging last year.';
    const table: [format: 'plaintext' | 'markdown', text: string][] = [
      ['plaintext', `Dredging contract at Kellan port under review 🚢\n${BODY}\n`],
      ['plaintext', `Dredging contract at Kellan port under review 🚢\r\n\r\n${BODY}\r\n`],
      ['plaintext', `${BODY}\n\nPier repairs delayed again\n\n${BODY}\n`],
      ['markdown', `# Dredging contract at Kellan port under review 🚢\n${BODY}\n`],
      ['markdown', `## Dredging contract at Kellan port under review, with 12 bids #\n\n${BODY}\n`],
    ];
    for (const [format, text] of table) {
      it(`${format}: ${JSON.stringify(text)}`, () => {
        assert.deepEqual(findingsOf(text, 'unattributed', format).map((f) => f.text), text.split(BODY).length === 3 ? [BODY, BODY] : [BODY]);
      });
    }

    it('keeps the statistics of a headline', () => {
      assert.deepEqual(findingsOf('Port fees up 12% since March\n\nThe harbour board met.', 'statistic').map((f) => f.text), ['12%', 'March']);
    });

    it('a long or punctuated first line is the article’s first sentence, not a headline', () => {
      const long = 'The port authority spent four million euros dredging the harbour mouth and the inner basin last year\nand more this year.';
      assert.equal(findingsOf(long, 'unattributed').length, 1);
      const wrapped = 'The port authority spent €4m dredging\nthe harbour mouth last year.';
      assert.deepEqual(findingsOf(wrapped, 'unattributed').map((f) => f.text), [wrapped]);
    });
  });
});

describe('what a paragraph is credited to, and what is no fact yet', () => {
  const table: [text: string, unattributed: string[]][] = [
    // A legal action and who brought it: the filing is the source to check.
    ['The harbour master was the subject of a lawsuit filed last week by the Kellan Port Authority, which is pursuing him over unpaid berth fees.', []],
    ['In a complaint filed by the Justice Department, the ferry operator hid its losses from regulators for two years.', []],
    // A legal action with nobody bringing it names no one.
    ['The harbour master was the subject of a lawsuit filed last week over unpaid berth fees.', ['The harbour master was the subject of a lawsuit filed last week over unpaid berth fees.']],
    // A judgement by someone's standard is their stance; the same sentence without it is the writer's claim.
    ['After all, the port and the ferry lines are not hosting what Lisbon regards as illegal meetings about dock strikes in Portugal.', []],
    ['After all, Maersk, Cosco, Hapag-Lloyd and the like are not hosting sensitive or illegal meetings about the dock strikes.', ['After all, Maersk, Cosco, Hapag-Lloyd and the like are not hosting sensitive or illegal meetings about the dock strikes.']],
    // An act on the record (a vote, a veto, a stance) is the claim itself, not a source for one.
    ['Councillor Ana Ruiz voted against the dredging budget in March.', ['Councillor Ana Ruiz voted against the dredging budget in March.']],
    ['The port board has opposed the new berth fees since 2019.', ['The port board has opposed the new berth fees since 2019.']],
    ['Councillor Ana Ruiz said the dredging budget rose in March.', []],
    // A hedged forecast states no fact yet; with a figure in it, the figure still needs a source.
    ['Many other ferry operators on the coast are likely to face the same squeeze as fuel costs rise.', []],
    ['Many other ferry operators on the coast are likely to lose 12% of their trade as fuel costs rise.', ['Many other ferry operators on the coast are likely to lose 12% of their trade as fuel costs rise.']],
    // The paragraph a lead-in ends on a colon hands over is the lead-in speaker's; the one after is the writer's again.
    ['The Kellan Gazette reports:\n\nThe port spent €4m on dredging in 2024.\n\nThe port spent €5m on dredging in 2025.', ['The port spent €5m on dredging in 2025.']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(findingsOf(text, 'unattributed').map((f) => f.text), expected));
});
