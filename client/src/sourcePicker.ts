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

/** Where an offered source comes from, as the picker says it. */
function originDetail(origin: string): string {
  switch (origin) {
    case 'sentence':
      return vscode.l10n.t('attached in this sentence');
    case 'article':
      return vscode.l10n.t('attached in this article');
    case 'recent':
      return vscode.l10n.t('recently used in this workspace');
    default:
      return vscode.l10n.t('from the project file');
  }
}

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
      description: k.uses && k.uses > 1 ? vscode.l10n.t('{0} · {1} claims', originDetail(k.from), k.uses) : originDetail(k.from),
      detail: k.kind === 'file' ? vscode.workspace.asRelativePath(vscode.Uri.parse(k.url)) : k.url,
      source: asInput(k),
    })),
    { label: `$(link) ${vscode.l10n.t('Enter a web address…')}`, description: '', detail: undefined, source: { url: '' } as SourceInput },
    { label: `$(file) ${vscode.l10n.t('Pick a file from the workspace…')}`, description: '', detail: undefined, source: { file: '' } as SourceInput },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Attach a source to {0}', words), placeHolder: vscode.l10n.t('Where does this claim come from?'), matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.source.url || picked.source.file) return picked.source;
  if (picked.source.file !== undefined) {
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Attach as source'), defaultUri: vscode.Uri.parse(ref.uri) });
    return files?.[0] ? { file: files[0].toString() } : undefined;
  }
  const url = await vscode.window.showInputBox({
    title: vscode.l10n.t('Attach a source to {0}', words),
    prompt: vscode.l10n.t('Web address of the source (https://…)'),
    validateInput: (value) => (/^https?:\/\/\S+$/i.test(value.trim()) ? undefined : vscode.l10n.t('Enter an http:// or https:// address')),
  });
  if (!url) return undefined;
  const title = await vscode.window.showInputBox({ title: vscode.l10n.t('Attach a source to {0}', words), prompt: vscode.l10n.t('Title of the source (optional)') });
  return { url: url.trim(), title: title?.trim() || undefined };
}
