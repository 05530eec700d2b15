// Attach source…: the sources a checker already uses come first — the claim's own sentence's, the
// ones the claim names, the rest of the article's and the project file's (all from the server),
// then the ones recently attached anywhere in this workspace — before typing an address again.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { KnownSourcesRequest, type FindingRef, type KnownSource, type KnownSourcesParams } from '../../server/src/protocol';

export interface SourceInput {
  url?: string;
  file?: string;
  title?: string;
  excerpt?: string;
}

const RECENT_KEY = 'factcheck.recentSources';
const RECENT_LIMIT = 15;

const ORIGIN_DETAIL: Record<string, string> = {
  sentence: 'attached in this sentence',
  article: 'attached in this article',
  project: 'from the project file',
  recent: 'recently used in this workspace',
};

/** Remembers a source attached through the picker, most recent first. */
export async function rememberSource(state: vscode.Memento, source: SourceInput): Promise<void> {
  const target = source.url ?? source.file;
  if (!target) return;
  const kind = source.url ? 'url' : 'file';
  const entry: KnownSource = { name: source.title || target, url: target, kind };
  const recent = state.get<KnownSource[]>(RECENT_KEY, []).filter((k) => !(k.url === target && (k.kind ?? 'url') === kind));
  await state.update(RECENT_KEY, [entry, ...recent].slice(0, RECENT_LIMIT));
}

function asInput(known: KnownSource): SourceInput {
  return known.kind === 'file' ? { file: known.url, title: known.name } : { url: known.url, title: known.name };
}

export async function pickSource(client: LanguageClient, state: vscode.Memento, ref: FindingRef, words: string): Promise<SourceInput | undefined> {
  const params: KnownSourcesParams = { uri: ref.uri, findingId: ref.findingId, slotId: ref.slotId };
  const known = await client.sendRequest(KnownSourcesRequest, params);
  const seen = new Set(known.map((k) => `${k.kind ?? 'url'} ${k.url}`));
  const recent = state.get<KnownSource[]>(RECENT_KEY, []).filter((k) => !seen.has(`${k.kind ?? 'url'} ${k.url}`));
  const offered: (KnownSource & { from: string })[] = [...known.map((k) => ({ ...k, from: k.origin ?? 'project' })), ...recent.map((k) => ({ ...k, from: 'recent' }))];
  const items = [
    ...offered.map((k) => ({
      label: `${k.kind === 'file' ? '$(file)' : '$(bookmark)'} ${k.name}`,
      description: ORIGIN_DETAIL[k.from] + (k.uses && k.uses > 1 ? ` · ${k.uses} claims` : ''),
      detail: k.kind === 'file' ? vscode.workspace.asRelativePath(vscode.Uri.parse(k.url)) : k.url,
      source: asInput(k),
    })),
    { label: '$(link) Enter a web address…', description: '', detail: undefined, source: { url: '' } as SourceInput },
    { label: '$(file) Pick a file from the workspace…', description: '', detail: undefined, source: { file: '' } as SourceInput },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Attach a source to ${words}`, placeHolder: 'Where does this claim come from?', matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.source.url || picked.source.file) return picked.source;
  if (picked.source.file !== undefined) {
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Attach as source', defaultUri: vscode.Uri.parse(ref.uri) });
    return files?.[0] ? { file: files[0].toString() } : undefined;
  }
  const url = await vscode.window.showInputBox({
    title: `Attach a source to ${words}`,
    prompt: 'Web address of the source (https://…)',
    validateInput: (value) => (/^https?:\/\/\S+$/i.test(value.trim()) ? undefined : 'Enter an http:// or https:// address'),
  });
  if (!url) return undefined;
  const title = await vscode.window.showInputBox({ title: `Attach a source to ${words}`, prompt: 'Title of the source (optional)' });
  return { url: url.trim(), title: title?.trim() || undefined };
}
