import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';

/** Each attribution as [cue, speaker]. */
const attributions = (text: string) =>
  analyze(text)
    .filter((finding) => finding.kind === 'attribution')
    .map((finding) => [text.slice(finding.cue!.start, finding.cue!.end), finding.speaker ? text.slice(finding.speaker.start, finding.speaker.end) : '']);

describe('words that report nothing are no cues', () => {
  const table: [string, string[][]][] = [
    // The writer's inference, not the clause subject's words.
    ['Her career is a cautionary tale, showing the risks that ferry pilots can be exposed to by their owners.', []],
    // A passive of a physical act: the subject suffered it.
    ['In 2019, the harbour’s web cameras were suddenly blocked by the port’s new firewall.', []],
    // An infinitive of purpose after a participle's object.
    ['Anyone using the ferry’s cabins to discuss the strike was fined.', []],
    // A deal struck is no saying.
    ['Within a week, the ferry line had agreed to a secret settlement with the port.', []],
    // What someone sought, told by the writer: a desire, not words.
    ['The auditors wanted access to the port’s ledgers, in this case to find “proof” of the fraud.', []],
    ['Officers wanted information about the accounts.', []],
    // A sentence opening on a verb of reading tells the reader what to do.
    ['See the harbour board’s minutes for the full vote.', []],
    ['Read the ferry line’s reply in full on its website.', []],
    // Sayings of the same shapes stay.
    ['She wanted dockers to know the strike was over.', [['wanted', 'She']]],
    ['The inspector said the gates were suddenly closed.', [['said', 'The inspector']]],
    ['The skipper agreed that the crossing was unsafe.', [['agreed', 'The skipper']]],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(attributions(text), expected));
});

it('a scare-quoted word after a wanted thing is nobody’s quote', () => {
  const text = 'The auditors wanted access to the port’s ledgers, in this case to find “proof” of the fraud.';
  assert.deepEqual(analyze(text).filter((finding) => finding.kind === 'quote'), []);
});

describe('attributions made by a framing phrase', () => {
  const table: [string, string[][]][] = [
    ['As far as the harbour board was concerned, anyone sailing after dark was breaking the rules.', [['was concerned', 'the harbour board']]],
    ['As far as Ms Okoro is concerned, the pier is safe.', [['is concerned', 'Ms Okoro']]],
    ['In Dana Okoro’s opinion, the pier is safe.', [['opinion', 'Dana Okoro']]],
    // A framing phrase with no one named, or no clause after it, credits no one.
    ['As far as safety is concerned.', []],
    ['In his opinion, the pier is safe.', []],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(attributions(text), expected));

  it('gives the content after the comma, and counts as a source for the paragraph', () => {
    const text = 'As far as the harbour board was concerned, the pier had been closed since 2019.';
    const findings = analyze(text);
    const attribution = findings.find((finding) => finding.kind === 'attribution')!;
    assert.equal(text.slice(attribution.content!.start, attribution.content!.end), 'the pier had been closed since 2019');
    assert.ok(!findings.some((finding) => finding.kind === 'unattributed'));
  });
});
