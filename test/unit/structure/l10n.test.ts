import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifestProblems, type Json } from '../../../scripts/l10n/manifest';
import { BUNDLE_FILE, l10nBundle } from '../../../scripts/l10n/bundle';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { [key: string]: Json };
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;

describe('translations', () => {
  it('every manifest text shown to the user is a %key% with its English text in package.nls.json, and every entry is used', () => {
    assert.deepEqual(manifestProblems(manifest, nls), []);
    assert.equal(manifest.l10n, './l10n', 'package.json points VS Code at the runtime bundles');
  });

  it('names a missing key, an unused entry and a text left in package.json', () => {
    const broken = {
      displayName: '%displayName%',
      contributes: {
        commands: [
          { command: 'factcheck.a', title: '%command.a%', category: '%category%' },
          { command: 'factcheck.b', title: 'Do b', category: '%category%' },
        ],
      },
    };
    assert.deepEqual(manifestProblems(broken, { displayName: 'Fact-check', category: 'Fact-check', 'command.gone': 'Gone' }), [
      'contributes.commands.0.title: %command.a% has no entry in package.nls.json',
      'contributes.commands.1.title: "Do b" is shown to the user but not translatable (use a %key% and package.nls.json)',
      'package.nls.json: "command.gone" is not used in package.json',
    ]);
  });

  it('the committed runtime bundle is what `npm run l10n` makes from client/src', async function () {
    this.timeout(20_000);
    assert.equal(read(BUNDLE_FILE), await l10nBundle(root), 'l10n/bundle.l10n.json is out of date: run npm run l10n');
  });

  it('client/src passes no literal sentence to the user without vscode.l10n.t', () => {
    // A phrase in quotes given as a message, prompt, title or label: the usual ways a text slips past.
    const raw = /(?:show(?:Information|Warning|Error)Message|setStatusBarMessage)\(\s*['"`][^'"`]*[a-z] [a-z]|\b(?:title|prompt|placeHolder|openLabel|label|description|tooltip|name|text):\s*['"`][^'"`]*[a-z] [a-z]/;
    const dir = path.join(root, 'client', 'src');
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => read(path.join('client', 'src', file)).split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line })))
      .filter(({ line }) => raw.test(line) && !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*'));
    assert.deepEqual(offenders, []);
  });
});
