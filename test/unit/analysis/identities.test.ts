// A person's second name and role, stated as fact, is an identity the checker confirms.
import assert from 'node:assert/strict';
import { findingsOf } from './findingsOf';

describe('identities stated as fact', () => {
  const table: [name: string, text: string, unattributed: string[]][] = [
    [
      'a person, a second name and a role, in a sentence that is no claim itself',
      'But if she had, she might have modelled a hero on Ana Ruiz, aka Ana Ruiz-Bell, a former harbour master at Kellan.',
      ['Ana Ruiz, aka Ana Ruiz-Bell, a former harbour master at Kellan'],
    ],
    ['an organisation’s other name is common knowledge', 'The Harbour League, also known as HL, met in secret.', []],
    ['a second name without a role', 'Perhaps Tom Reid, aka Tom Reed, would have sung at the pier.', []],
    [
      'a sentence already marked as a whole is not marked twice',
      'Ana Ruiz, aka Ana Ruiz-Bell, a former harbour master at Kellan, ran the port until 2019.',
      ['Ana Ruiz, aka Ana Ruiz-Bell, a former harbour master at Kellan, ran the port until 2019.'],
    ],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(findingsOf(text, 'unattributed').map((finding) => finding.text), expected));
  }
});
