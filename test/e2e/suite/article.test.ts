// A reporter opens a plain-text draft: every claim that needs backing is marked where it stands,
// and the hover shows the claim's empty source slot with the links to fill it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FINDING_KINDS } from '../../../server/src/analysis/finding';
import { activateExtension, closeAllEditors, FACTCHECK_SOURCE, openArticle } from '../support/extension';
import { assertFinding, diagnosticFindings, engineFindings, hoverText, rangeOf, type ExpectedFinding } from '../support/findings';
import { FIRST_DIAGNOSTICS_MS, waitForDiagnostics } from '../support/wait';

const EXPECTED: ExpectedFinding[] = [
  { kind: 'attribution', covers: 'according to' },
  { kind: 'quote', exactly: '“We followed every step of the tender,”' },
  { kind: 'quote', exactly: '“Nothing was decided behind closed doors,”' },
  { kind: 'allegation', covers: 'allegedly' },
  { kind: 'anonymous-source', covers: 'People familiar with' },
  { kind: 'statistic', covers: '1.2 million' },
  { kind: 'unattributed', covers: 'third-busiest container port' },
  { kind: 'right-of-reply', covers: 'did not respond' },
];

describe('A reporter opens a plain-text article', () => {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async function () {
    this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);
    await activateExtension();
    document = await openArticle('port-dredging.txt');
    diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the first findings');
  });

  after(closeAllEditors);

  it('marks every kind of claim in the article where it stands', () => {
    for (const expected of EXPECTED) assertFinding(document, diagnostics, expected);
  });

  it('labels each diagnostic with source "factcheck" and the finding kind as its code', () => {
    for (const d of diagnostics) {
      assert.equal(d.source, FACTCHECK_SOURCE);
      assert.ok((FINDING_KINDS as readonly string[]).includes(String(d.code)), `unexpected code ${String(d.code)}`);
      assert.notEqual(d.code, 'hedge', 'hedges are off by default');
    }
  });

  it('places every finding on the exact characters the engine found, after emoji, curly quotes and CJK', () => {
    assert.deepEqual(diagnosticFindings(document, diagnostics), engineFindings(document.getText(), 'plaintext'));
  });

  it('shows quotes and attributions as information by default: they name their source already', () => {
    const quote = assertFinding(document, diagnostics, EXPECTED[1]);
    const attribution = assertFinding(document, diagnostics, EXPECTED[0]);
    assert.equal(quote.severity, vscode.DiagnosticSeverity.Information);
    assert.match(quote.message, /^Quote by Agnes Rowe[^:]*: ‘We followed every step/, 'the Problems row names the quote’s words');
    assert.equal(attribution.severity, vscode.DiagnosticSeverity.Information);
  });

  it('links a quote spoken by “she” to the speaker named before it', () => {
    const quote = assertFinding(document, diagnostics, EXPECTED[2]);
    const related = quote.relatedInformation?.[0];
    assert.ok(related, 'the quote has related information');
    assert.match(related.message, /Agnes Rowe/);
    const name = rangeOf(document, 'Agnes Rowe');
    assert.ok(related.location.range.start.isEqual(name.start) && related.location.range.contains(name), 'it points at the name in the text');
  });

  it('hovers a quote with its question, speaker and an empty source slot with links to fill it', async () => {
    const inside = rangeOf(document, 'followed every step').start;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside);
    const text = hoverText(hovers);
    assert.match(text, /^\*\*Quote attributed to Agnes Rowe/);
    assert.match(text, /Source slot: empty/);
    assert.match(text, /\(command:factcheck\.attachSource\?/);
    assert.match(text, /\(command:factcheck\.setVerdict\?/);
    assert.doesNotMatch(text, /\(command:(?!factcheck\.)/, 'links only to this extension’s commands');
  });

  it('moves the findings with the text when a line is inserted above them', async () => {
    const before = assertFinding(document, diagnostics, EXPECTED[1]).range;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(1, 0), '\nUpdated with the authority’s reply.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const moved = await waitForDiagnostics(
        document.uri,
        (d) => d.some((x) => x.code === 'quote' && x.range.start.line === before.start.line + 2),
        'the quote to move two lines down',
      );
      const quote = assertFinding(document, moved, EXPECTED[1]);
      assert.equal(quote.range.start.character, before.start.character);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
