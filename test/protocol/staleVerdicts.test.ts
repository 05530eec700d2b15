// A verdict given on other words, over stdio: verify a figure and a quote, edit them in the open
// document, and see the diagnostic come back at the kind's open severity naming the change, the
// hover show the word diff with Confirm and Reopen, the claims request say "stale", and confirm
// resolve it again with the new words recorded in the sidecar.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { ClaimsResult } from '../../server/src/protocol';
import { Scratch } from '../support/scratch';
import { LspSession, textAt, OFFLINE_SETTINGS } from '../support/lspSession';

const ARTICLE = 'The council will spend £48 million on the harbour, the budget shows.\n\n“We will not sell the cranes,” said Mara Quill.\n';
const EDIT = 'factcheck.server.editSlot';

function on(diagnostics: Diagnostic[], text: string, words: string, code: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === code && textAt(text, d.range) === words);
  assert.ok(found, `no ${code} on ${words} in ${JSON.stringify(diagnostics.map((d) => [d.code, textAt(text, d.range)]))}`);
  return found;
}

function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((command:[^)]*)\)/g)].map((m) => m[1]);
}

describe('stale verdicts over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let file: string;
  let uri: string;
  beforeEach(async () => {
    const dir = scratch.dir('factcheck-stale');
    file = path.join(dir, 'harbour.txt');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS, locale: 'en-GB' });
  });
  afterEach(async () => session.stop());

  async function verify(diagnostic: Diagnostic, creator = 'Ana'): Promise<Diagnostic[]> {
    const findingId = (diagnostic.data as { findingId: string }).findingId;
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'url', target: 'https://council.example/budget' } }, creator }]);
    const published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'verified' }, creator }]);
    return (await published).diagnostics;
  }

  it('shows a changed figure as a stale verdict, and resolves it again once confirmed', async () => {
    const opened = await session.open(uri, ARTICLE);
    const figure = on(opened.diagnostics, ARTICLE, '£48 million', 'statistic');
    const openSeverity = figure.severity;
    const resolved = on(await verify(figure), ARTICLE, '£48 million', 'statistic');
    assert.equal(resolved.severity, 3, 'resolved: listed as information');
    assert.match(String(resolved.message), /^Resolved \(verified\)/);
    assert.match(readFileSync(`${file}.factcheck.json`, 'utf8'), /"judgedText": "£48 million"/);

    const edited = ARTICLE.replace('£48 million', '£84 million');
    const start = ARTICLE.indexOf('48');
    const changed = await session.change(uri, [{ range: { start: { line: 0, character: start }, end: { line: 0, character: start + 2 } }, text: '84' }]);
    const stale = on(changed.diagnostics, edited, '£84 million', 'statistic');
    assert.equal(stale.severity, openSeverity, 'back at the kind’s open severity');
    assert.match(String(stale.message), /^Stale verdict: verified as ‘£48 million’, now ‘£84 million’/);

    const claims = await session.request<ClaimsResult>('factcheck/claims', { uri });
    const summary = claims.claims.find((c) => c.slotId === (stale.data as { slotId: string }).slotId);
    assert.equal(summary?.status, 'stale');
    assert.deepEqual(summary?.stale, { reason: 'claim-changed', was: '£48 million', now: '£84 million' });

    const hover = await session.hover(uri, stale.range.start);
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /Stale verdict\*\* — verified as ‘£48 million’, now ‘£84 million’/);
    assert.match(value, /Changed words: £~~48~~\*\*84\*\* million/);
    // When, in words in the editor's language, like the hover's other dates: never the ledger's ISO time.
    assert.match(value, /Verdict given by Ana, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}( at)? \d{2}:\d{2} on “£48 million”/);
    assert.doesNotMatch(value, /\d{4}-\d{2}-\d{2}T\d/);
    const links = commandLinks(value);
    assert.ok(links.some((l) => l.startsWith('command:factcheck.confirmVerdict?')), 'offers Confirm');
    assert.ok(links.some((l) => l.startsWith('command:factcheck.reopen?')), 'offers Reopen');
    for (const link of links) assert.match(link, /^command:factcheck\./);

    const actions = await session.codeActions(uri, stale.range, [stale]);
    const confirm = actions.find((a) => a.command?.command === 'factcheck.confirmVerdict');
    assert.ok(confirm, 'a quick fix confirms the verdict');

    const published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ ...(confirm.command!.arguments![0] as object), edit: { type: 'confirm' }, creator: 'Ben' }]);
    const again = on((await published).diagnostics, edited, '£84 million', 'statistic');
    assert.equal(again.severity, 3, 'resolved again');
    assert.match(String(again.message), /^Resolved \(verified\)/);
    const body = JSON.parse(readFileSync(`${file}.factcheck.json`, 'utf8')).annotations.flatMap((a: { body: unknown[] }) => a.body);
    const verdict = body.find((b: { judgedText?: string }) => b.judgedText === '£84 million');
    assert.ok(verdict, 'the new words are recorded');
    assert.deepEqual(verdict.creator, { type: 'Person', name: 'Ben' });
  });

  it('reopens a quote whose negation was removed, withdrawing its verdict', async () => {
    const opened = await session.open(uri, ARTICLE);
    const quote = on(opened.diagnostics, ARTICLE, '“We will not sell the cranes,”', 'quote');
    await verify(quote);
    const edited = ARTICLE.replace('will not sell', 'will sell');
    const at = ARTICLE.indexOf('not ');
    const changed = await session.change(uri, [{ range: { start: { line: 2, character: at - ARTICLE.indexOf('“') }, end: { line: 2, character: at - ARTICLE.indexOf('“') + 4 } }, text: '' }]);
    const stale = on(changed.diagnostics, edited, '“We will sell the cranes,”', 'quote');
    assert.match(String(stale.message), /^Stale verdict: verified as ‘"We will not sell the cranes,"’, now ‘"We will sell the cranes,"’/);

    const published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ uri, slotId: (stale.data as { slotId: string }).slotId, edit: { type: 'reopen' } }]);
    const reopened = on((await published).diagnostics, edited, '“We will sell the cranes,”', 'quote');
    assert.equal(reopened.severity, quote.severity);
    assert.doesNotMatch(String(reopened.message), /Stale|Resolved/);
    const claims = await session.request<ClaimsResult>('factcheck/claims', { uri });
    assert.equal(claims.claims.find((c) => c.slotId === (stale.data as { slotId: string }).slotId)?.status, 'open');
  });
});
