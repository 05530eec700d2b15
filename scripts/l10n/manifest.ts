// What is wrong with the manifest's translations: a `%key%` in package.json with no English text
// in package.nls.json, an English text no key uses, or a user-facing manifest text written in
// package.json itself (which no translation can reach).
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The manifest fields VS Code shows to the user (command titles, setting descriptions, …). */
const SHOWN = new Set(['displayName', 'description', 'markdownDescription', 'title', 'category', 'name', 'label', 'contextualTitle']);

/** Every string in the manifest with its path, e.g. `contributes.commands.0.title`. */
function strings(value: Json, at: string[] = []): { path: string[]; text: string }[] {
  if (typeof value === 'string') return [{ path: at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...at, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, [...at, key]));
  return [];
}

export function manifestProblems(manifest: { [key: string]: Json }, nls: Record<string, string>): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  const shown = [
    ...strings(manifest.displayName ?? null, ['displayName']),
    ...strings(manifest.description ?? null, ['description']),
    ...strings(manifest.capabilities ?? null, ['capabilities']),
    ...strings(manifest.contributes ?? null, ['contributes']),
  ];
  for (const { path, text } of shown) {
    const key = /^%(.+)%$/.exec(text)?.[1];
    if (key) {
      used.add(key);
      if (typeof nls[key] !== 'string') problems.push(`${path.join('.')}: %${key}% has no entry in package.nls.json`);
    } else if (SHOWN.has(path.at(-1)!) && /[A-Za-z]/.test(text)) {
      problems.push(`${path.join('.')}: "${text}" is shown to the user but not translatable (use a %key% and package.nls.json)`);
    }
  }
  for (const key of Object.keys(nls)) if (!used.has(key)) problems.push(`package.nls.json: "${key}" is not used in package.json`);
  return problems;
}
