// The commands that fill a source slot. They only ask the user for input; the server changes the
// ledger (workspace/executeCommand). Each accepts its input as a second argument so scripts and
// tests can run it without prompts, e.g. `factcheck.setVerdict(ref, "verified")`. Prompts quote
// the claim they are about; every edit ends with a line saying what was done, with Undo.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ClaimsRequest,
  ClientCommands,
  ServerCommands,
  VERDICTS,
  type ClaimsParams,
  type DismissAllArgs,
  type EditSlotParams,
  type EditSlotResult,
  type FindingRef,
  type SlotEdit,
  type UseSourceArgs,
  type Verdict,
} from '../../server/src/protocol';
import { claimRef } from './claimRef';
import { checkerName, type CheckerPrompt } from './checker';
import { Feedback, type UndoStep } from './feedback';
import { pickSource, rememberSource, type SourceInput } from './sourcePicker';

export type { SourceInput } from './sourcePicker';

/** The verdicts as the picker offers them: the ledger's own word (also the report's), explained. */
function verdictChoices(): { label: Verdict; description: string }[] {
  const descriptions: Record<Verdict, string> = {
    verified: vscode.l10n.t('The source backs the claim as written'),
    'partly-true': vscode.l10n.t('Right in part; the rest needs changing'),
    misleading: vscode.l10n.t('Accurate words, wrong impression'),
    false: vscode.l10n.t('The source contradicts the claim'),
    unverifiable: vscode.l10n.t('No source can settle it'),
    opinion: vscode.l10n.t('A view, not a checkable fact'),
  };
  return VERDICTS.map((verdict) => ({ label: verdict, description: descriptions[verdict] }));
}

/** Quotes a claim's or a source's words in a message, with the translation's quotation marks. */
function quoted(words: string): string {
  return vscode.l10n.t({ message: '‘{0}’', args: [words], comment: ['Quotes a claim or a source in a prompt or message: use your language’s quotation marks.'] });
}

/** Sends one edit; the server's answer, or undefined (after saying why) when it refused. */
async function send(client: LanguageClient, ref: FindingRef, slotEdit: SlotEdit, creator = checkerName()): Promise<EditSlotResult | undefined> {
  const params: EditSlotParams = { ...ref, edit: slotEdit, creator };
  try {
    return ((await client.sendRequest('workspace/executeCommand', { command: ServerCommands.editSlot, arguments: [params] })) as EditSlotResult | null) ?? {};
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Fact-check: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

function undoStep(ref: FindingRef, result: EditSlotResult): UndoStep[] {
  return result.undo?.length ? [{ ref: { uri: ref.uri, slotId: result.slotId ?? ref.slotId }, edits: result.undo }] : [];
}

function resolveRef(argument: unknown): FindingRef | undefined {
  const resolved = claimRef(argument);
  if (!resolved) void vscode.window.showInformationMessage(vscode.l10n.t('Fact-check: put the cursor on a marked claim first.'));
  return resolved;
}

/** The claim's words as prompts and confirmations quote them: ‘Mr Jin joined the office…’. */
async function claimWords(client: LanguageClient, ref: FindingRef): Promise<string> {
  const params: ClaimsParams = { uri: ref.uri };
  const claims = (await client.sendRequest(ClaimsRequest, params))?.claims ?? [];
  const claim = claims.find((c) => (ref.findingId && c.findingId === ref.findingId) || (ref.slotId && c.slotId === ref.slotId));
  if (!claim) return vscode.l10n.t('this claim');
  const flat = claim.text.replace(/\s+/g, ' ').trim().replace(/^["“‘'«]+|["”’'»,.]+$/g, '');
  return quoted(flat.length > 50 ? `${flat.slice(0, 50).replace(/\s+\S*$/, '')}…` : flat);
}

function sourceName(source: { title?: string; url?: string; file?: string; target?: string }): string {
  const target = source.url ?? source.file ?? source.target ?? '';
  return quoted(source.title || (target.startsWith('file:') ? vscode.workspace.asRelativePath(vscode.Uri.parse(target)) : target));
}

/** The article's claims that have no slot yet: where an orphaned slot can go. */
async function pickClaimToReattach(client: LanguageClient, uri: string): Promise<string | undefined> {
  const params: ClaimsParams = { uri };
  const result = await client.sendRequest(ClaimsRequest, params);
  const free = (result?.claims ?? []).filter((c) => c.findingId && !c.slotId);
  const picked = await vscode.window.showQuickPick(
    free.map((c) => ({ label: c.text.replace(/\s+/g, ' ').slice(0, 100), description: vscode.l10n.t('{0} · line {1}', c.kind, c.range.start.line + 1), findingId: c.findingId })),
    { title: vscode.l10n.t('Re-attach the orphaned source slot to…'), matchOnDescription: true },
  );
  return picked?.findingId;
}

export function registerSlotCommands(client: LanguageClient, checker: CheckerPrompt, workspaceState: vscode.Memento): { feedback: Feedback; disposables: vscode.Disposable[] } {
  const feedback = new Feedback(async (ref, edit) => (await send(client, ref, edit)) !== undefined);
  /** Runs one edit on one claim and says what was done (`said` gets the claim's words, quoted). */
  const run = async (ref: FindingRef, slotEdit: SlotEdit, said: (words: string) => string, creator?: string): Promise<boolean> => {
    const result = await send(client, ref, slotEdit, creator ?? checkerName());
    if (!result) return false;
    feedback.done(said(await claimWords(client, ref)), undoStep(ref, result));
    return true;
  };
  const disposables = [
    vscode.commands.registerCommand(ClientCommands.attachSource, async (ref?: unknown, input?: SourceInput) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const source = input ?? (await pickSource(client, workspaceState, target, await claimWords(client, target)));
      if (!source || !(source.url || source.file)) return false;
      const kind = source.url ? 'url' : 'file';
      const creator = input ? checkerName() : await checker.askOnce();
      const attached = await run(target, { type: 'addSource', source: { kind, target: (source.url ?? source.file)!, title: source.title, excerpt: source.excerpt } }, (words) => vscode.l10n.t('Fact-check: attached {0} to {1}', sourceName(source), words), creator);
      if (attached) await rememberSource(workspaceState, source);
      return attached;
    }),
    vscode.commands.registerCommand(ClientCommands.useSourceFor, async (args?: UseSourceArgs) => {
      if (!args?.claims?.length || !args.source) return false;
      const steps: UndoStep[] = [];
      const source = { kind: args.source.kind, target: args.source.target, ...(args.source.title ? { title: args.source.title } : {}) };
      for (const ref of args.claims) {
        const result = await send(client, { ...ref, uri: args.uri }, { type: 'addSource', source });
        if (!result) return false;
        steps.push(...undoStep({ ...ref, uri: args.uri }, result));
      }
      // The scope ("the whole sentence") is named by the server, in English like its other texts.
      const what = args.claims.length === 1 ? await claimWords(client, { ...args.claims[0], uri: args.uri }) : vscode.l10n.t('{0} ({1} claims)', args.scope, args.claims.length);
      feedback.done(vscode.l10n.t('Fact-check: attached {0} to {1}', sourceName(source), what), steps);
      return true;
    }),
    // A verdict given by a script is passed on unchecked: the server refuses one it does not know.
    vscode.commands.registerCommand(ClientCommands.setVerdict, async (ref?: unknown, verdict?: Verdict) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const chosen = verdict ?? (await vscode.window.showQuickPick(verdictChoices(), { title: vscode.l10n.t('Verdict on {0}', await claimWords(client, target)) }))?.label;
      if (!chosen) return false;
      return run(target, { type: 'setVerdict', verdict: chosen }, (words) => vscode.l10n.t('Fact-check: {0} marked {1}', words, chosen), verdict ? checkerName() : await checker.askOnce());
    }),
    vscode.commands.registerCommand(ClientCommands.addNote, async (ref?: unknown, note?: string) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const text = note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Note on {0}', await claimWords(client, target)), prompt: vscode.l10n.t('What did you check, and what is still open?') }));
      return text === undefined ? false : run(target, { type: 'setNote', note: text }, (words) => (text.trim() ? vscode.l10n.t('Fact-check: note saved on {0}', words) : vscode.l10n.t('Fact-check: note removed from {0}', words)));
    }),
    // The reason is asked for, and may be left empty; Escape cancels the dismissal.
    vscode.commands.registerCommand(ClientCommands.dismiss, async (ref?: unknown, reason?: string) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const why = reason ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Dismiss {0}: not a claim', await claimWords(client, target)), prompt: vscode.l10n.t('Why is it not a claim? Kept in the ledger and shown in the report (optional).') }));
      if (why === undefined) return false;
      return run(target, { type: 'dismiss', ...(why.trim() ? { reason: why.trim() } : {}) }, (words) => (why.trim() ? vscode.l10n.t('Fact-check: dismissed {0} ({1})', words, why.trim()) : vscode.l10n.t('Fact-check: dismissed {0}', words)));
    }),
    vscode.commands.registerCommand(ClientCommands.dismissAll, async (args?: DismissAllArgs, reason?: string) => {
      if (!args?.claims?.length) return false;
      const why = reason ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Dismiss all {0} open {1} findings in this file', args.claims.length, args.kind), prompt: vscode.l10n.t('Why are they not claims? Kept in the ledger and shown in the report (optional). Escape cancels.') }));
      if (why === undefined) return false;
      const steps: UndoStep[] = [];
      for (const ref of args.claims) {
        const result = await send(client, { ...ref, uri: args.uri }, { type: 'dismiss', ...(why.trim() ? { reason: why.trim() } : {}) });
        if (!result) return false;
        steps.push(...undoStep({ ...ref, uri: args.uri }, result));
      }
      feedback.done(vscode.l10n.t('Fact-check: dismissed {0} {1} findings', args.claims.length, args.kind), steps);
      return true;
    }),
    vscode.commands.registerCommand(ClientCommands.confirmVerdict, async (ref?: unknown) => {
      const target = resolveRef(ref);
      return target ? run(target, { type: 'confirm' }, (words) => vscode.l10n.t('Fact-check: verdict confirmed for {0}', words)) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.reopen, async (ref?: unknown) => {
      const target = resolveRef(ref);
      return target ? run(target, { type: 'reopen' }, (words) => vscode.l10n.t('Fact-check: reopened {0}', words)) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.reattach, async (ref?: unknown, findingId?: string) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const chosen = findingId ?? (await pickClaimToReattach(client, target.uri));
      return chosen ? run(target, { type: 'reattach', findingId: chosen }, () => vscode.l10n.t('Fact-check: source slot re-attached')) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.deleteSlot, async (ref?: unknown) => {
      const target = resolveRef(ref);
      if (!target) return false;
      const remove = vscode.l10n.t('Delete');
      const sure = await vscode.window.showWarningMessage(vscode.l10n.t('Delete this orphaned source slot and everything recorded in it?'), { modal: true }, remove);
      return sure === remove ? run(target, { type: 'delete' }, () => vscode.l10n.t('Fact-check: orphaned source slot deleted')) : false;
    }),
    vscode.commands.registerCommand(ClientCommands.undo, () => feedback.undo()),
  ];
  return { feedback, disposables };
}
