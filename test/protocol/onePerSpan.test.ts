// One diagnostic per span, over stdio: an anonymous source that is also who an attribution credits
// is one row (the warning's), naming the attribution; the hover and the quick fixes still offer
// each claim's own slot and actions, and a fix on either claim names that one diagnostic. A
// right-of-reply note and the attribution whose cue it holds are one row too, the note's.
import assert from 'node:assert/strict';
import { LspSession, textAt } from '../support/lspSession';

const URI = 'file:///newsroom/tender.txt';

// Written for this test: emoji first, so the range counts UTF-16 units.
const ARTICLE = '🏗️ Tender news. People familiar with the tender said the bids were opened early.\n';
const AT = ARTICLE.indexOf('People');

describe('one diagnostic per span over stdio', function () {
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('publishes one row for the anonymous source and the attribution it is the speaker of', async () => {
    session = await LspSession.start();
    const { diagnostics } = await session.open(URI, ARTICLE);
    const on = diagnostics.filter((d) => textAt(ARTICLE, d.range).startsWith('People familiar'));
    assert.equal(on.length, 1, JSON.stringify(diagnostics.map((d) => [d.code, textAt(ARTICLE, d.range), d.message])));
    const [row] = on;
    assert.equal(row.code, 'anonymous-source', 'the most severe kind shows');
    assert.equal(row.severity, 2);
    assert.deepEqual(row.range, { start: { line: 0, character: AT }, end: { line: 0, character: AT + 'People familiar with the tender'.length } });
    assert.match(String(row.message), / — also: Attributed to People familiar with the tender$/);
    assert.ok(!diagnostics.some((d) => d.code === 'attribution'), 'no second row for the attribution');
  });

  it('publishes one row, the right of reply’s, for a note and the attribution whose cue it holds', async () => {
    // Written for this test: curly quotes and CJK before the note, so the range counts UTF-16 units.
    const text = 'Ferry “news” 港口. The harbour board and the ferry company did not immediately respond to requests for comment on Tuesday.\n';
    session = await LspSession.start();
    const { diagnostics } = await session.open(URI, text);
    const rows = diagnostics.filter((d) => d.code === 'right-of-reply' || d.code === 'attribution');
    assert.equal(rows.length, 1, JSON.stringify(diagnostics.map((d) => [d.code, textAt(text, d.range), d.message])));
    const [row] = rows;
    assert.equal(row.code, 'right-of-reply');
    assert.equal(textAt(text, row.range), 'did not immediately respond to requests for comment');
    assert.match(String(row.message), / — also: Attributed to The harbour board and the ferry company$/);
    const hover = await session.hover(URI, { line: 0, character: text.indexOf('respond') + 2 });
    const sections = (hover?.contents as { value: string }).value.split('\n---\n');
    assert.equal(sections.length, 2, 'the note and the attribution, each with its slot');
  });

  it('still hovers and fixes each claim on its own', async () => {
    session = await LspSession.start();
    const { diagnostics } = await session.open(URI, ARTICLE);
    const hover = await session.hover(URI, { line: 0, character: AT + 3 });
    const sections = (hover?.contents as { value: string }).value.split('\n---\n');
    assert.equal(sections.length, 2, 'the anonymous source and the attribution, each with its slot');
    const row = diagnostics.find((d) => d.code === 'anonymous-source')!;
    const actions = await session.codeActions(URI, row.range, [row]);
    const attach = actions.filter((a) => a.title.startsWith('Attach source…'));
    assert.deepEqual(attach.map((a) => a.title.replace(/ ‘.*/, '')), ['Attach source… · anonymous-source', 'Attach source… · attribution']);
    for (const action of attach) assert.deepEqual(action.diagnostics, [row], `${action.title} names the one row`);
    const refs = attach.map((a) => (a.command?.arguments?.[0] as { findingId?: string }).findingId);
    assert.equal(new Set(refs).size, 2, 'each acts on its own claim');
  });
});
