// The cue model on sentences of our own: reporting uses of a word are cues, other uses are not,
// and idioms of saying credit no one.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

// A quote takes its attribution in: its cue counts as well.
const cues = (text: string) => [...findingsOf(text, 'attribution'), ...findingsOf(text, 'quote')].map((finding) => finding.cue);

const table: [string, string, string[]][] = [
  ['a reporting verb before a clause', 'The ferry operator said the crossing would resume on Monday.', ['said']],
  ['a verb of telling after a quotation', '“We are not leaving,” the tenants’ spokeswoman told reporters.', ['told']],
  ['a survey that shows something', 'The council’s survey shows that the gate is rarely used.', ['shows']],
  ['a television show is no cue', 'The late-night show ran for ten years.', []],
  ['drawing an audience is no cue', 'The late-night show drew a record audience.', []],
  ['an appointment is no cue', 'Ms Okafor was appointed in May to lead the inquiry.', []],
  ['"That said," credits no one', 'That said, the harbour remains open.', []],
  ['"Needless to say," credits no one', 'Needless to say, the pier stayed shut.', []],
  ['"Having said that," credits no one', 'Having said that, the pier stayed shut.', []],
  ['naming a thing is no cue', 'She runs a website called Harbour Watch.', []],
  ['naming a person is no cue', 'A woman named Okafor owns the mill.', []],
  ['"said" between commas still is a cue', 'That, she said, was the end of it.', ['said']],
];

describe('cue model', () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(cues(text), expected));
  }
});
