// The English string bundle of the extension's runtime texts (l10n/bundle.l10n.json), extracted
// from every `vscode.l10n.t(…)` call in client/src by the official @vscode/l10n-dev extractor.
// Translators copy it to bundle.l10n.<locale>.json; VS Code loads the one of its display language.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

export const BUNDLE_FILE = path.join('l10n', 'bundle.l10n.json');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []))
    .sort();
}

/** The bundle's text as `npm run l10n` writes it: keys sorted, so a diff shows what changed. */
export async function l10nBundle(root: string): Promise<string> {
  const files = sourceFiles(path.join(root, 'client', 'src')).map((file) => ({ extension: '.ts', contents: readFileSync(file, 'utf8') }));
  const strings = await getL10nJson(files);
  const sorted = Object.fromEntries(Object.entries(strings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
