// The checker's name is asked once when none is set: the first verdict given through the picker
// asks for it (left empty here: no test can type into VS Code's input box, and an empty answer
// must leave a blank, never the operating-system user), the next verdict does not ask again, and
// a name set in the settings is recorded on the slot without a question.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { answeringPickers, FIRST_DIAGNOSTICS_MS, poll, waitForDiagnostics } from '../support/wait';
import type { FactcheckApi } from '../../../client/src/extension';

const ARTICLE = 'checker-article.txt';
const NAME = 'Priya Nair';

interface Annotation {
  target: { selector: { type: string; exact?: string }[] };
  creator?: { name: string };
}

describe('The checker’s name, asked once when none is set', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 60_000);
  let api: FactcheckApi;
  let document: vscode.TextDocument;
  const settings = () => vscode.workspace.getConfiguration('factcheck');

  before(async () => {
    api = (await activateExtension()) as FactcheckApi;
    await settings().update('checker', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.copy(workspaceUri('port-dredging.txt'), workspaceUri(ARTICLE), { overwrite: true });
    document = await openArticle(ARTICLE);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'statistic') && d.some((x) => x.code === 'allegation'), 'the findings');
  });

  after(async () => {
    await settings().update('checker', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    for (const name of [ARTICLE, `${ARTICLE}.factcheck.json`]) await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  /** Gives the claim on `words` a verdict through the real picker: its first choice, and Enter on any prompt after it. */
  async function verdictThroughPicker(words: string): Promise<void> {
    const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'factcheck' && document.getText(d.range) === words);
    assert.ok(diagnostic, `a finding on “${words}”`);
    const ref = { uri: document.uri.toString(), ...(diagnostic as { data?: object }).data };
    assert.equal(await answeringPickers(vscode.commands.executeCommand<boolean>('factcheck.setVerdict', ref), 'the verdict picker to be answered'), true);
  }

  async function slotOn(words: string): Promise<Annotation | undefined> {
    const annotations = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${ARTICLE}.factcheck.json`)))).annotations as Annotation[];
    return annotations.find((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === words));
  }

  it('asks for the name at the first verdict; left empty, the slot records no one', async () => {
    assert.equal(api.checker.shown, 0, 'not asked before');
    await verdictThroughPicker('€48 million');
    assert.equal(api.checker.shown, 1, 'asked at the first verdict');
    const slot = await poll(async () => await slotOn('€48 million'), 'the slot on disk');
    assert.equal(slot.creator, undefined, 'no name given: a blank, not the operating-system user');
    assert.equal(settings().inspect<string>('checker')?.globalValue, undefined);
  });

  it('does not ask again at the next verdict', async () => {
    await verdictThroughPicker('March');
    assert.equal(api.checker.shown, 1, 'still asked only once');
    await poll(async () => await slotOn('March'), 'the second slot on disk');
  });

  it('records the name set in the settings, without a question', async () => {
    await settings().update('checker', NAME, vscode.ConfigurationTarget.Global);
    await verdictThroughPicker('allegedly');
    assert.equal(api.checker.shown, 1);
    assert.equal((await poll(async () => await slotOn('allegedly'), 'the third slot on disk')).creator?.name, NAME);
  });
});
