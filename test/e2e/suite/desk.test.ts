// The desk's day in a real VS Code: a source attached once is offered first for the other claims
// of its sentence and applied to the whole sentence in one step; every edit says what it did and
// can be undone; a dismissal keeps its reason; Next / Previous open claim walk the article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { rangeOf } from '../support/findings';
import { answeringPickers, FIRST_DIAGNOSTICS_MS, poll, waitForDiagnostics } from '../support/wait';
import type { FactcheckApi } from '../../../client/src/extension';
import { ClaimsRequest, type ClaimsResult } from '../../../server/src/protocol';

const ARTICLE = 'desk-article.txt';
const TENDER = { url: 'https://kellan.example/tender-documents', title: 'Tender documents' };
const SENTENCE_CUE = 'according to tender documents published by the authority';

interface Annotation {
  target: { selector: { type: string; exact?: string }[] };
  body: { purpose?: string; value?: string; source?: string }[];
}

async function sidecar(): Promise<Annotation[]> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${ARTICLE}.factcheck.json`)))).annotations;
  } catch {
    return [];
  }
}

/** The annotation on exactly these words, if any. */
async function slotOn(words: string): Promise<Annotation | undefined> {
  return (await sidecar()).find((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === words));
}

describe('The desk’s day: sources reused, feedback and undo, reasons, reading order', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 60_000);
  let api: FactcheckApi;
  let document: vscode.TextDocument;

  const refOn = async (words: string, kind: string): Promise<{ uri: string; findingId?: string; slotId?: string }> => {
    const diagnostic = (await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === kind), kind)).find(
      (d) => d.code === kind && document.getText(d.range) === words,
    );
    assert.ok(diagnostic, `a ${kind} on “${words}”`);
    const data = (diagnostic as { data?: { findingId?: string; slotId?: string } }).data!;
    return { uri: document.uri.toString(), ...data };
  };

  before(async () => {
    api = (await activateExtension()) as FactcheckApi;
    await vscode.workspace.fs.copy(workspaceUri('port-dredging.txt'), workspaceUri(ARTICLE), { overwrite: true });
    await vscode.workspace.fs.delete(workspaceUri(`${ARTICLE}.factcheck.json`)).then(undefined, () => undefined);
    document = await openArticle(ARTICLE);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'statistic'), 'the findings');
  });

  after(async () => {
    await closeAllEditors();
    for (const name of [ARTICLE, `${ARTICLE}.factcheck.json`]) await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  it('says what an attach did, naming the source and the claim, and undoes it', async () => {
    const attribution = await refOn(SENTENCE_CUE, 'attribution');
    assert.equal(await vscode.commands.executeCommand('factcheck.attachSource', attribution, TENDER), true);
    assert.match(api.feedback.last?.message ?? '', /^Fact-check: attached ‘Tender documents’ to ‘/);
    assert.ok((await slotOn(SENTENCE_CUE))?.body.some((b) => b.source === TENDER.url));
    assert.equal(await vscode.commands.executeCommand('factcheck.undoLastEdit'), true);
    await poll(async () => ((await slotOn(SENTENCE_CUE)) ? undefined : true), 'the slot gone after Undo');
    assert.equal(await vscode.commands.executeCommand('factcheck.attachSource', attribution, TENDER), true, 'attached again for what follows');
  });

  it('offers the sentence’s source first in Attach source…, so a second claim takes it with one pick', async () => {
    const figure = await refOn('€48 million', 'statistic');
    // The first item of the picker (and an empty name, if the one-time name prompt follows).
    assert.equal(await answeringPickers(vscode.commands.executeCommand<boolean>('factcheck.attachSource', figure), 'the picker to be answered'), true);
    assert.ok((await slotOn('€48 million'))?.body.some((b) => b.source === TENDER.url), 'the figure took the sentence’s source');
  });

  it('applies the source to the whole sentence from the quick fix in one step', async () => {
    const march = rangeOf(document, 'March');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'statistic' && (x as { data?: { slotId?: string } }).data?.slotId !== undefined), 'the figure’s slot');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, march);
    assert.match(actions[0].title, /^Use ‘Tender documents’ for statistic ‘March’/, actions.map((a) => a.title).join('\n'));
    assert.equal(actions[0].isPreferred, true);
    const whole = actions.find((a) => a.command?.command === 'factcheck.useSourceFor' && /whole sentence/.test(a.title)) ?? actions[0];
    assert.equal(await vscode.commands.executeCommand(whole.command!.command, ...(whole.command!.arguments ?? [])), true);
    assert.ok((await slotOn('March'))?.body.some((b) => b.source === TENDER.url));
    assert.match(api.feedback.last?.message ?? '', /attached ‘Tender documents’ to /);
  });

  it('dismisses with a reason that the ledger keeps and the report shows', async () => {
    const allegation = await refOn('allegedly', 'allegation');
    assert.equal(await vscode.commands.executeCommand('factcheck.dismiss', allegation, 'reported speech from the court filing'), true);
    assert.match(api.feedback.last?.message ?? '', /dismissed ‘.*’ \(reported speech from the court filing\)/);
    const note = (await slotOn('allegedly'))?.body.find((b) => b.purpose === 'commenting')?.value;
    assert.equal(note, 'Not a claim: reported speech from the court filing');
    const output = workspaceUri('desk-report.html');
    await vscode.commands.executeCommand('factcheck.exportReport', { scope: 'article', format: 'html', output: output.fsPath, open: false });
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(output)), /Not a claim: reported speech from the court filing/);
    await vscode.workspace.fs.delete(output);
  });

  it('walks the open claims in reading order with Next / Previous open claim, wrapping at the end', async () => {
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // Asked of the server, as the commands do: the claims view refreshes a moment after the
    // dismissal the test before made.
    const answer = await api.client.sendRequest<ClaimsResult | null>(ClaimsRequest.method, { uri: document.uri.toString() });
    const claims = (answer?.claims ?? []).filter((c) => c.status === 'open' || c.status === 'stale');
    const starts = claims.map((c) => new vscode.Position(c.range.start.line, c.range.start.character)).sort((a, b) => a.compareTo(b));
    assert.ok(starts.length >= 3, 'several open claims');
    const first = await vscode.commands.executeCommand<string>('factcheck.nextOpenClaim');
    assert.ok(first);
    assert.ok(editor.selection.start.isEqual(starts[0]), `the first open claim: ${JSON.stringify(editor.selection.start)}`);
    await vscode.commands.executeCommand('factcheck.nextOpenClaim');
    const second = editor.selection.start;
    assert.ok(second.isAfterOrEqual(starts[0]) && !editor.selection.isEqual(new vscode.Selection(starts[0], starts[0])), 'the next one, in reading order');
    await vscode.commands.executeCommand('factcheck.previousOpenClaim');
    assert.ok(editor.selection.start.isEqual(starts[0]), 'and back');
    await vscode.commands.executeCommand('factcheck.previousOpenClaim');
    assert.ok(editor.selection.start.isEqual(starts.at(-1)!), 'wraps to the last');
  });

  it('lists the claims view’s open claims in reading order, labelled with their words', async () => {
    await poll(() => (api.claims.claims?.uri === document.uri.toString() ? true : undefined), 'the claims of the article');
    const groups = api.tree.getChildren();
    const open = groups.find((g) => g.type === 'status' && g.status === 'open');
    assert.ok(open, 'an open group');
    const items = api.tree.getChildren(open).map((node) => api.tree.getTreeItem(node));
    const lines = items.map((item) => Number(/line (\d+)/.exec(String(item.description))?.[1]));
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'reading order');
    const labels = items.map((item) => String(item.label));
    assert.ok(labels.includes('We followed every step of the tender'), labels.join('\n'));
    assert.ok(!labels.includes('she added'), 'an attribution by what it attributes, not its cue');
    assert.ok(items.every((item) => /^(attribution|quote|allegation|anonymous-source|statistic|unattributed|right-of-reply|hedge)\b/.test(String(item.description))), 'the kind beside the words');
  });

  it('opens the Get started walkthrough', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'factcheck-desk.factcheck-annotations#factcheck.getStarted', false);
    const tab = await poll(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => /Welcome|Walkthrough|Get started/i.test(t.label)),
      'the walkthrough tab',
    );
    assert.ok(tab);
    const walkthroughs = (vscode.extensions.getExtension('factcheck-desk.factcheck-annotations')!.packageJSON as { contributes: { walkthroughs: { id: string; steps: { id: string }[] }[] } }).contributes.walkthroughs;
    assert.deepEqual(walkthroughs[0].steps.map((s) => s.id), ['openArticle', 'resolveClaim', 'exportReport']);
    for (const name of ['open-article', 'resolve-claim', 'export-report']) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(vscode.extensions.getExtension('factcheck-desk.factcheck-annotations')!.extensionUri, 'walkthrough', `${name}.md`));
    }
  });

  it('shows the manifest’s texts from package.nls.json and ships the runtime bundle', async () => {
    const extension = vscode.extensions.getExtension('factcheck-desk.factcheck-annotations')!;
    const manifest = extension.packageJSON as { l10n: string; contributes: { commands: { command: string; title: string; category: string }[]; configuration: { properties: Record<string, { markdownDescription?: string }> } } };
    const attach = manifest.contributes.commands.find((c) => c.command === 'factcheck.attachSource')!;
    assert.deepEqual([attach.title, attach.category], ['Attach source…', 'Fact-check'], 'VS Code read the titles from package.nls.json');
    assert.match(manifest.contributes.configuration.properties['factcheck.checker'].markdownDescription ?? '', /^Your name as recorded/);
    assert.equal(manifest.l10n, './l10n');
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, 'l10n', 'bundle.l10n.json'));
  });

  it('binds Next / Previous open claim to keys in articles', async () => {
    const keybindings = (vscode.extensions.getExtension('factcheck-desk.factcheck-annotations')!.packageJSON as { contributes: { keybindings: { command: string; key: string }[] } }).contributes.keybindings;
    assert.deepEqual(keybindings.map((k) => k.command).sort(), ['factcheck.nextOpenClaim', 'factcheck.previousOpenClaim']);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('factcheck.nextOpenClaim') && commands.includes('factcheck.undoLastEdit'));
  });
});
