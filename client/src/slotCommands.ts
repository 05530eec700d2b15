// The commands that fill a source slot. They only ask the user for input; the server changes the
// ledger (workspace/executeCommand). Each accepts its input as a second argument so scripts and
// tests can run it without prompts, e.g. `factcheck.setVerdict(ref, "verified")`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, ClientCommands, KnownSourcesRequest, type KnownSource, ServerCommands, type ClaimsParams, type EditSlotParams, type FindingRef, type SlotEdit, VERDICTS, type Verdict } from '../../server/src/protocol';
import { claimRef } from './claimRef';
import { askCheckerOnce, checkerName } from './checker';

const VERDICT_DESCRIPTIONS: Record<Verdict, string> = {
  verified: 'The source backs the claim as written',
  'partly-true': 'Right in part; the rest needs changing',
  misleading: 'Accurate words, wrong impression',
  false: 'The source contradicts the claim',
  unverifiable: 'No source can settle it',
  opinion: 'A view, not a checkable fact',
};
const VERDICT_CHOICES = VERDICTS.map((verdict) => ({ label: verdict, description: VERDICT_DESCRIPTIONS[verdict] }));

export interface SourceInput {
  url?: string;
  file?: string;
  title?: string;
  excerpt?: string;
}

/** Sends the edit; `creator` is asked for once when the checker filled in a prompt and no name is set. */
async function edit(client: LanguageClient, ref: FindingRef, slotEdit: SlotEdit, creator = checkerName()): Promise<boolean> {
  const params: EditSlotParams = { ...ref, edit: slotEdit, creator };
  try {
    await client.sendRequest('workspace/executeCommand', { command: ServerCommands.editSlot, arguments: [params] });
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(`Fact-check: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

function resolveRef(argument: unknown): FindingRef | undefined {
  const resolved = claimRef(argument);
  if (!resolved) void vscode.window.showInformationMessage('Fact-check: put the cursor on a marked claim first.');
  return resolved;
}

/** The project's known sources, the ones named in the claim or as its speaker first. */
async function knownSourcesFor(client: LanguageClient, ref: FindingRef): Promise<KnownSource[]> {
  const params: ClaimsParams = { uri: ref.uri };
  const [known, claims] = await Promise.all([
    client.sendRequest(KnownSourcesRequest, params),
    client.sendRequest(ClaimsRequest, params),
  ]);
  const claim = claims?.claims.find((c) => (ref.findingId && c.findingId === ref.findingId) || (ref.slotId && c.slotId === ref.slotId));
  const about = `${claim?.speaker ?? ''} ${claim?.text ?? ''}`.toLowerCase();
  const named = (k: KnownSource) => (about.includes(k.name.toLowerCase()) ? 0 : 1);
  return [...known].sort((a, b) => named(a) - named(b));
}

async function askForSource(client: LanguageClient, ref: FindingRef): Promise<SourceInput | undefined> {
  const articleUri = ref.uri;
  const known = await knownSourcesFor(client, ref);
  const picked = await vscode.window.showQuickPick(
    [
      ...known.map((k) => ({ label: `$(bookmark) ${k.name}`, description: k.url, source: { url: k.url, title: k.name } as SourceInput })),
      { label: '$(link) Enter a web address…', description: '', source: { url: '' } as SourceInput },
      { label: '$(file) Pick a file from the workspace…', description: '', source: { file: '' } as SourceInput },
    ],
    { title: 'Attach a source', placeHolder: 'Where does this claim come from?' },
  );
  if (!picked) return undefined;
  if (picked.source.url) return picked.source;
  if (picked.source.file !== undefined) {
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Attach as source', defaultUri: vscode.Uri.parse(articleUri) });
    return files?.[0] ? { file: files[0].toString() } : undefined;
  }
  const url = await vscode.window.showInputBox({
    title: 'Attach a source',
    prompt: 'Web address of the source (https://…)',
    validateInput: (value) => (/^https?:\/\/\S+$/i.test(value.trim()) ? undefined : 'Enter an http:// or https:// address'),
  });
  if (!url) return undefined;
  const title = await vscode.window.showInputBox({ title: 'Attach a source', prompt: 'Title of the source (optional)' });
  return { url: url.trim(), title: title?.trim() || undefined };
}

/** The article's claims that have no slot yet: where an orphaned slot can go. */
async function pickClaimToReattach(client: LanguageClient, uri: string): Promise<string | undefined> {
  const params: ClaimsParams = { uri };
  const result = await client.sendRequest(ClaimsRequest, params);
  const free = (result?.claims ?? []).filter((c) => c.findingId && !c.slotId);
  const picked = await vscode.window.showQuickPick(
    free.map((c) => ({ label: c.text.replace(/\s+/g, ' ').slice(0, 100), description: `${c.kind} · line ${c.range.start.line + 1}`, findingId: c.findingId })),
    { title: 'Re-attach the orphaned source slot to…', matchOnDescription: true },
  );
  return picked?.findingId;
}

export function registerSlotCommands(client: LanguageClient, state: vscode.Memento): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ClientCommands.attachSource, async (ref?: unknown, input?: SourceInput) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const source = input ?? (await askForSource(client, target));
      if (!source || !(source.url || source.file)) return false;
      const kind = source.url ? 'url' : 'file';
      const creator = input ? checkerName() : await askCheckerOnce(state);
      return edit(client, target, {
        type: 'addSource',
        source: { kind, target: (source.url ?? source.file)!, title: source.title, excerpt: source.excerpt },
      }, creator);
    }),
    // A verdict given by a script is passed on unchecked: the server refuses one it does not know.
    vscode.commands.registerCommand(ClientCommands.setVerdict, async (ref?: unknown, verdict?: Verdict) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const chosen = verdict ?? (await vscode.window.showQuickPick(VERDICT_CHOICES, { title: 'Set the verdict' }))?.label;
      if (!chosen) return false;
      return edit(client, target, { type: 'setVerdict', verdict: chosen }, verdict ? checkerName() : await askCheckerOnce(state));
    }),
    vscode.commands.registerCommand(ClientCommands.addNote, async (ref?: unknown, note?: string) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const text = note ?? (await vscode.window.showInputBox({ title: 'Note on this claim', prompt: 'What did you check, and what is still open?' }));
      return text === undefined ? false : edit(client, target, { type: 'setNote', note: text });
    }),
    vscode.commands.registerCommand(ClientCommands.dismiss, async (ref?: unknown) => {
      const target = resolveRef(ref);
      return target ? edit(client, target, { type: 'dismiss' }) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.confirmVerdict, async (ref?: unknown) => {
      const target = resolveRef(ref);
      return target ? edit(client, target, { type: 'confirm' }) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.reopen, async (ref?: unknown) => {
      const target = resolveRef(ref);
      return target ? edit(client, target, { type: 'reopen' }) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.reattach, async (ref?: unknown, findingId?: string) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const chosen = findingId ?? (await pickClaimToReattach(client, target.uri));
      return chosen ? edit(client, target, { type: 'reattach', findingId: chosen }) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.deleteSlot, async (ref?: unknown) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const sure = await vscode.window.showWarningMessage('Delete this orphaned source slot and everything recorded in it?', { modal: true }, 'Delete');
      return sure === 'Delete' ? edit(client, target, { type: 'delete' }) : false;
    }),
  ];
}
