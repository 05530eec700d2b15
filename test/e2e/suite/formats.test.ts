// The same marking in a Markdown file (markup skipped, offsets true to the file), in a draft pasted
// into an untitled tab, and in a file with Windows line endings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openArticle, workspaceUri } from '../support/extension';
import { assertFinding, diagnosticFindings, engineFindings, rangeOf } from '../support/findings';
import { FIRST_DIAGNOSTICS_MS, waitForDiagnostics } from '../support/wait';

const PASTED_DRAFT = [
  'Tram depot sale 🚋 goes ahead',
  '',
  '“The depot was never for sale,” said Owen Lakes, a councillor for 港区.',
  '',
  'The developer declined to comment.',
  '',
].join('\n');

/** Shares at least one character (touching ends do not count). */
function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  return a.start.isBefore(b.end) && b.start.isBefore(a.end);
}

describe('Markdown, HTML, untitled drafts and CRLF files', function () {
  this.timeout(FIRST_DIAGNOSTICS_MS + 30_000);

  before(activateExtension);
  afterEach(closeAllEditors);

  it('marks the prose of a Markdown article and skips its front matter and code', async () => {
    const document = await openArticle('ferry-fares.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'Markdown findings');
    assertFinding(document, diagnostics, { kind: 'attribution', covers: 'according to' });
    assertFinding(document, diagnostics, { kind: 'statistic', covers: '18%' });
    assertFinding(document, diagnostics, { kind: 'allegation', covers: 'allegedly', occurrence: 1 });
    const code = rangeOf(document, 'Fenced code is not prose: “this is not a quote,” he said allegedly.');
    const frontMatter = new vscode.Range(0, 0, 3, 3);
    for (const d of diagnostics) {
      assert.ok(!overlaps(d.range, code), `nothing is marked inside the code block: ${String(d.code)}`);
      assert.ok(!overlaps(d.range, frontMatter), `nothing is marked in the front matter: ${String(d.code)}`);
    }
    assert.deepEqual(diagnosticFindings(document, diagnostics), engineFindings(document.getText(), 'markdown'));
  });

  it('marks the text of an HTML article and nothing inside its tags, attributes or scripts', async () => {
    const document = await openArticle('council-notice.html');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'HTML findings');
    assertFinding(document, diagnostics, { kind: 'quote', exactly: '“We had no choice,”' });
    assertFinding(document, diagnostics, { kind: 'statistic', covers: '20%' });
    assertFinding(document, diagnostics, { kind: 'right-of-reply', covers: 'declined to comment' });
    for (const markup of ['data-note="the council allegedly said nothing"', 'var quote = "“not prose,” he said allegedly";']) {
      const inside = rangeOf(document, markup);
      for (const d of diagnostics) assert.ok(!overlaps(d.range, inside), `nothing marked inside ${markup}: ${String(d.code)}`);
    }
    assert.deepEqual(diagnosticFindings(document, diagnostics), engineFindings(document.getText(), 'html'));
  });

  it('marks a draft pasted into an untitled tab', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: PASTED_DRAFT });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'findings in the untitled draft');
    assertFinding(document, diagnostics, { kind: 'quote', exactly: '“The depot was never for sale,”' });
    assertFinding(document, diagnostics, { kind: 'right-of-reply', covers: 'declined to comment' });
    assert.deepEqual(diagnosticFindings(document, diagnostics), engineFindings(PASTED_DRAFT, 'plaintext'));
  });

  it('lands on the same characters in a file with CRLF line endings', async () => {
    const lf = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('port-dredging.txt')));
    const crlfUri = workspaceUri('port-dredging-crlf.txt');
    await vscode.workspace.fs.writeFile(crlfUri, new TextEncoder().encode(lf.replace(/\n/g, '\r\n')));
    const document = await openArticle('port-dredging-crlf.txt');
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'findings in the CRLF file');
    assertFinding(document, diagnostics, { kind: 'quote', exactly: '“Nothing was decided behind closed doors,”' });
    assertFinding(document, diagnostics, { kind: 'right-of-reply', covers: 'did not respond' });
    assert.deepEqual(diagnosticFindings(document, diagnostics), engineFindings(document.getText(), 'plaintext'));
  });
});
