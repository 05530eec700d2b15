// `npm run l10n`: regenerates l10n/bundle.l10n.json from the `vscode.l10n.t(…)` calls in client/src.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUNDLE_FILE, l10nBundle } from './l10n/bundle';

const root = path.resolve(__dirname, '..');
void l10nBundle(root).then((text) => {
  mkdirSync(path.dirname(path.join(root, BUNDLE_FILE)), { recursive: true });
  writeFileSync(path.join(root, BUNDLE_FILE), text);
  console.log(`${BUNDLE_FILE}: ${Object.keys(JSON.parse(text)).length} strings`);
});
