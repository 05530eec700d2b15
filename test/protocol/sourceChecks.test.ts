// Checking quotes and figures against attached source documents, over stdio: the diagnostic's
// message and severity, the hover's passage, link and diff, and a check run again when the
// source file changes.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import { Scratch } from '../support/scratch';
import { LspSession } from '../support/lspSession';
import { makePdf } from '../support/sourceFixtures';

const ARTICLE = '“We did raise fares this winter,” said Ada Moss, the ferry company’s director.\n\nProfits reached £48m last year, the company said.\n';
const EDIT = 'factcheck.server.editSlot';

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
function messageOf(diagnostic: Diagnostic | undefined): string {
  const message = diagnostic?.message ?? '';
  return typeof message === 'string' ? message : message.value;
}

function quoteOf(diagnostics: Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'quote');
}

describe('source checks over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let dir: string;
  let uri: string;
  beforeEach(async () => {
    dir = scratch.dir('factcheck-source-checks');
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
  });
  afterEach(async () => session.stop());

  async function attach(diagnostics: Diagnostic[], code: string, target: string): Promise<Diagnostic> {
    const diagnostic = diagnostics.find((d) => d.code === code)!;
    const findingId = (diagnostic.data as { findingId: string }).findingId;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'file', target } } }]);
    return diagnostic;
  }

  it('a quote that differs from its source is an error, with the passage, a link to it and the diff in the hover; fixing the source re-checks it', async () => {
    const statement = path.join(dir, 'statement.txt');
    writeFileSync(statement, 'Ferry company statement\n\nWe did not raise fares this winter.\n');
    const { diagnostics } = await session.open(uri, ARTICLE);
    const ownSeverity = quoteOf(diagnostics)!.severity;
    assert.notEqual(ownSeverity, 1);
    const since = session.published.length;
    await attach(diagnostics, 'quote', 'statement.txt');
    const differs = quoteOf((await session.diagnosticsWhere(uri, (d) => /source check: differs/.test(messageOf(quoteOf(d))), since)).diagnostics)!;
    assert.equal(differs.severity, 1, 'a misquote is an error');
    assert.match(messageOf(differs), /differs from statement\.txt \(line 3\): drops “not”/);

    const hover = await session.hover(uri, differs.range.start);
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*Source check: differs from the source\*\* — statement\\\.txt, line 3/);
    assert.match(value, /> We did not raise fares this winter/);
    assert.match(value, /the article leaves out “not” — drops “not”/);
    assert.match(value, /Source → article: We did ~~not~~ raise fares this winter/);
    const link = /\]\(command:factcheck\.openSource\?([^)]+)\)/.exec(value);
    assert.ok(link, value);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [{ uri: pathToFileURL(statement).href, line: 3 }]);

    const listed = await session.request<{ claims: { kind: string; check?: { status: string; summary: string } }[] }>('factcheck/claims', { uri });
    assert.deepEqual(listed.claims.find((c) => c.kind === 'quote')?.check, { status: 'differs', summary: 'differs from statement.txt (line 3): drops “not”' });
    assert.equal(listed.claims.find((c) => c.kind === 'attribution')?.check, undefined);

    const beforeFix = session.published.length;
    writeFileSync(statement, 'Ferry company statement\n\nWe did raise fares this winter.\n');
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(statement).href, type: 2 }] });
    const fixed = quoteOf((await session.diagnosticsWhere(uri, (d) => /source check: (verbatim|found)/.test(messageOf(quoteOf(d))), beforeFix)).diagnostics)!;
    assert.equal(fixed.severity, ownSeverity, 'back to the quote’s own severity');
    assert.match(messageOf(fixed), /found in statement\.txt \(line 3\) with allowed edits: final “\.” made “,” before the attribution/);
  });

  it('a figure checked against a PDF names the page, and a quote not in it is a warning', async () => {
    writeFileSync(path.join(dir, 'accounts.pdf'), await makePdf([['Annual accounts'], ['Notes', 'Profits reached 48,000,000 pounds last year.']]));
    const { diagnostics } = await session.open(uri, ARTICLE);
    const figure = diagnostics.find((d) => d.code === 'statistic' && /£48m/.test(messageOf(d)))!;
    let since = session.published.length;
    await session.executeCommand(EDIT, [{ uri, findingId: (figure.data as { findingId: string }).findingId, edit: { type: 'addSource', source: { kind: 'file', target: 'accounts.pdf' } } }]);
    const checked = (await session.diagnosticsWhere(uri, (d) => d.some((x) => /£48m/.test(messageOf(x)) && /source check/.test(messageOf(x))), since)).diagnostics;
    const figureChecked = checked.find((d) => /£48m/.test(messageOf(d)))!;
    assert.match(messageOf(figureChecked), /verbatim in accounts\.pdf \(page 2, line 2\)/);
    const hover = (await session.hover(uri, figureChecked.range.start))!.contents as MarkupContent;
    assert.match(hover.value, /Open the source at page 2, line 2/);

    since = session.published.length;
    await attach(checked, 'quote', 'accounts.pdf');
    const notFound = quoteOf((await session.diagnosticsWhere(uri, (d) => /source check/.test(messageOf(quoteOf(d))), since)).diagnostics)!;
    assert.match(messageOf(notFound), /not found in accounts\.pdf/);
    assert.equal(notFound.severity, 2, 'at least a warning');
  });
});
