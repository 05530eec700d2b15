// A newsroom commits a project file at the workspace root: its per-kind severity applies to every
// article as soon as the file is saved, its lexicon adds the team's own reporting verbs, and a
// broken one is reported on the file itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { FIRST_DIAGNOSTICS_MS, waitForDiagnostics } from '../support/wait';

const ARTICLE = ['Ferry timetable', '', '“The ferry will run on Sundays,” said Maren Holt, the harbour master.', '', 'Fares rose by 12% in May.', '', 'The harbour master vlogged that the pier would close.', ''].join('\n');

describe('A project file at the workspace root', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
  const projectUri = workspaceUri('.factcheck.json');
  let document: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(workspaceUri('ferry-timetable.txt'), new TextEncoder().encode(ARTICLE));
    document = await openArticle('ferry-timetable.txt');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'statistic') && d.some((x) => x.code === 'quote'), 'statistics and the quote');
  });

  after(async () => {
    await vscode.workspace.fs.delete(projectUri);
    await closeAllEditors();
  });

  it('turns statistics off and shows quotes as errors for every article once it is saved', async () => {
    const project = { version: 1, severity: { statistic: 'off', quote: 'error' } };
    await vscode.workspace.fs.writeFile(projectUri, new TextEncoder().encode(JSON.stringify(project, null, 2)));
    const after = await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => x.code === 'statistic') && d.some((x) => x.code === 'quote' && x.severity === vscode.DiagnosticSeverity.Error),
      'statistics off and quotes as errors',
    );
    assert.ok(after.some((d) => d.code === 'unattributed'), 'the other kinds stay');
  });

  it('reports a project file it cannot read on the file itself, and keeps analysing with the defaults', async () => {
    await vscode.workspace.fs.writeFile(projectUri, new TextEncoder().encode('{ "version": 1, "severity": { "quote": "loud" } }\n'));
    await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => x.code === 'statistic') && d.some((x) => x.code === 'quote' && x.severity === vscode.DiagnosticSeverity.Information),
      'the defaults back',
    );
    const problems = await waitForDiagnostics(projectUri, (d) => d.length > 0, 'a problem on .factcheck.json');
    assert.match(problems.map((d) => d.message).join('\n'), /loud|severity/);
  });

  it('takes its lexicon’s reporting verbs as attributions, and drops them when they leave the file', async () => {
    const vlogged = (d: vscode.Diagnostic[]) => d.some((x) => x.code === 'attribution' && document.getText(x.range) === 'The harbour master vlogged');
    assert.ok(!vlogged(vscode.languages.getDiagnostics(document.uri)), 'not a built-in reporting verb');
    const write = (project: object) => vscode.workspace.fs.writeFile(projectUri, new TextEncoder().encode(JSON.stringify(project, null, 2)));
    await write({ version: 1, lexicon: { reportingVerbs: ['vlogged'] } });
    await waitForDiagnostics(document.uri, vlogged, 'an attribution on "vlogged"');
    await write({ version: 1, lexicon: { reportingVerbs: ['podcasted'] } });
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code === 'quote') && !vlogged(d), 'no attribution on "vlogged"');
  });
});
