import assert from 'node:assert/strict';
import { detectHedges } from '../../../server/src/analysis/detectors/hedges';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { at, rows, type Row } from './spans';

const detect = (text: string) => rows(text, detectHedges(text, splitSentences(text)));

describe('detectHedges', () => {
  const table: [string, (text: string) => Row[]][] = [
    ['The mayor allegedly took cash from a developer.', (t) => [at('allegation', t, 'allegedly')]],
    // Passive hearsay is an allegation; the cue is the verb only, as the Szeged corpus marks it.
    ['The driver is believed to have fled north.', (t) => [at('allegation', t, 'believed')]],
    ['The clerk is widely believed to be the leaker.', (t) => [at('allegation', t, 'believed')]],
    ['The banker was accused of fraud.', (t) => [at('allegation', t, 'accused')]],
    ['The vault is said to hold gold.', (t) => [at('allegation', t, 'said')]],
    // Where someone is thought to be charges them with nothing: a hedge, not an allegation.
    ['The skipper, who is believed to still be in Lisbon, was not aboard.', (t) => [at('hedge', t, 'believed')]],
    ['The owner is thought to be living abroad.', (t) => [at('hedge', t, 'thought')]],
    ['The mate is thought to have hidden the logbook.', (t) => [at('allegation', t, 'thought')]],
    // Active belief is a hedge, not an allegation.
    ['Farmers believe the drought will end.', (t) => [at('hedge', t, 'believe')]],
    // Faith or trust is not doubt.
    ['Few voters believe in the reform.', () => []],
    ['The figures suggest the scheme may fail.', (t) => [at('hedge', t, 'suggest'), at('hedge', t, 'may')]],
    // "May" the month, and a name, are not hedges; "May" opening a sentence still is.
    ['The law took effect in May 2019 under Theresa May.', () => []],
    ['May the best team win.', (t) => [at('hedge', t, 'May')]],
    ['The clause may or may not apply.', (t) => [at('hedge', t, 'may or may not')]],
    // Ability is not uncertainty.
    ['Residents could not leave the building.', () => []],
    ['Nobody said the plan would be cheap.', () => []],
    ['It is possible that the pipe froze, but as soon as possible it will be fixed.', (t) => [at('hedge', t, 'possible')]],
    ['He allegedly lied; it is unclear why.', (t) => [at('allegation', t, 'allegedly'), at('hedge', t, 'unclear')]],
    // "would" and "will" hedge only in a conditional sentence; elsewhere they narrate or promise.
    ['If the dam broke, the valley would flood.', (t) => [at('hedge', t, 'If'), at('hedge', t, 'would')]],
    ['Every summer the family would sail to the island.', () => []],
    ['The station will close in May.', () => []],
    // The charge may sit a few words from its verb.
    ['Rivals accused the small bakery of price fixing.', (t) => [at('allegation', t, 'accused')]],
    ['Some historians view the treaty as a failure.', (t) => [at('hedge', t, 'view')]],
    ['ALLEGEDLY, the vote was rigged.', (t) => [at('allegation', t, 'ALLEGEDLY')]],
    ['The claim that he won’t run is reportedly false.', (t) => [at('allegation', t, 'reportedly')]],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(detect(text), expected(text)));

  it('lands exactly after emoji and CJK', () => {
    const text = '😀 東京 The mayor allegedly lied.';
    assert.deepEqual(detect(text), [['allegation', 'allegedly', 16, 25]]);
  });

  it('finds allegations only when hedges are not wanted', () => {
    const text = 'The clerk allegedly shredded the minutes; the auditors may never know.';
    const kinds = (hedges?: boolean) => analyze(text, { hedges }).map((f) => f.kind).filter((kind) => kind === 'allegation' || kind === 'hedge');
    assert.deepEqual(kinds(), ['allegation', 'hedge']);
    assert.deepEqual(kinds(false), ['allegation']);
  });

  it('gives the cue and the sentence it hedges', () => {
    const text = 'First things first. The suspect is believed to have fled.';
    const [finding] = detectHedges(text, splitSentences(text));
    assert.deepEqual(finding.cue, { start: 35, end: 43 });
    assert.deepEqual(finding.content, { start: 20, end: text.length });
    assert.equal(finding.message, "Allegation — 'believed': who alleges it, and on what evidence?");
  });
});
