// Nothing one article does holds the server: a hover on a long article is answered while it is
// still analysed, a report on a huge one is built while hovers keep being answered, and a text with
// a finding every few words publishes at most 1,000 diagnostics and one saying how many more there
// are. The order of the server's answers is asserted, never how long they took. Texts written for
// these tests.
import assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspSession } from '../support/lspSession';

const SHORT = 'file:///newsroom/short.txt';
const LONG = 'file:///newsroom/long.txt';
const DENSE = 'file:///newsroom/dense.txt';
const SHORT_TEXT = 'Chief engineer Tomas Varga said the pier was sound.\n“It will hold,” he said.\n';

function hoverText(hover: Hover | null): string {
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

/** Resolves when the server asks for a progress token: at the first pause of a long analysis. */
function firstPause(session: LspSession): Promise<void> {
  return new Promise((resolve) => {
    session.connection.onRequest('window/workDoneProgress/create', () => {
      resolve();
      return null;
    });
  });
}

describe('a busy server over stdio', function () {
  this.timeout(180_000);
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('answers a hover on a long article while that article is analysed, saying so, then publishes it', async () => {
    session = await LspSession.start();
    const paused = firstPause(session);
    // 760,000 characters of paragraphs, each different (none comes from the cache): many slices.
    const long = Array.from({ length: 9_000 }, (_, i) => `Harbour official ${i} said berth ${i} would close in May, “for repairs,” she added.`).join('\n\n');
    const answered: string[] = [];
    const published = session.open(LONG, long).then((diagnostics) => {
      answered.push('diagnostics');
      return diagnostics;
    });
    await paused;
    const hover = await session.hover(LONG, { line: 0, character: 20 });
    answered.push('hover');
    await published;
    assert.deepEqual(answered, ['hover', 'diagnostics']);
    assert.match(hoverText(hover), /still analysing this article\*\* \(\d+ % done\)/);
    // Once analysed, the same place has its claims.
    assert.match(hoverText(await session.hover(LONG, { line: 0, character: 20 })), /Harbour official 0/);
  });

  it('keeps answering hovers on another article while a report on a huge one is built', async () => {
    session = await LspSession.start();
    await session.open(SHORT, SHORT_TEXT);
    // Issue 14's worst case, four times over: one 400 KB sentence of 20,000 figures.
    await session.open(DENSE, `${'prices rose 14% and '.repeat(20_000).trim()}.\n`);
    let done = false;
    const report = session.request<{ content: string }>('factcheck/report', { uris: [DENSE], format: 'html' }).then((result) => {
      done = true;
      return result;
    });
    // One hover after another, each sent when the last was answered, until the report comes back.
    let hovers = 0;
    while (!done) {
      const hover = await session.hover(SHORT, { line: 1, character: 3 });
      assert.match(hoverText(hover), /Quote attributed to Tomas Varga/);
      hovers++;
    }
    const { content } = await report;
    assert.match(content, /<h1>/);
    // Built on the server's own thread, the report would hold every hover sent after it started.
    assert.ok(hovers >= 10, `${hovers} hovers answered while the report was built`);
  });

  it('publishes at most 1,000 diagnostics, the most severe first, and one saying how many more; the claims stay complete', async () => {
    session = await LspSession.start();
    // A quote and its attribution every 14 characters (information), then warnings at the very end.
    const text = `${'“a,” he said. '.repeat(2_000)}\nOfficials said 40% of the budget was allegedly spent on consultants.\n`;
    const { diagnostics } = await session.open(DENSE, text);
    assert.equal(diagnostics.length, 1_001);
    const more = diagnostics.at(-1) as Diagnostic;
    assert.equal(more.code, 'more-findings');
    const claims = await session.request<{ claims: unknown[] }>('factcheck/claims', { uri: DENSE });
    const shown = diagnostics.length - 1;
    const message = typeof more.message === 'string' ? more.message : more.message.value;
    const hidden = Number(/^([\d,]+) more findings/.exec(message)?.[1].replace(/,/g, ''));
    assert.equal(shown + hidden, claims.claims.length, 'the hidden ones are counted, and every claim is in the claims view');
    assert.match(message, /Claims view and the report/);
    // The warnings of the last line are kept though they come after 4,000 findings of information.
    const lastLine = diagnostics.filter((d) => d.range.start.line === 1);
    assert.ok(lastLine.some((d) => d.code === 'anonymous-source') && lastLine.some((d) => d.code === 'statistic'), 'the warnings at the end are shown');
    const severities = diagnostics.slice(0, -1).map((d) => d.severity ?? 0);
    assert.ok(severities.every((s) => s <= 3), 'no hint is shown while information is left out');
    // A keystroke republishes the capped set, not the 4,000.
    const typed = await session.change(DENSE, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }]);
    assert.equal(typed.diagnostics.length, 1_001);
  });
});
