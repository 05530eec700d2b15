// Hovers over stdio: kind, cue, speaker and resolved name, content, and the source slot's links,
// which point at this extension's commands only; article text is escaped.
import assert from 'node:assert/strict';
import { LspSession } from '../support/lspSession';

const URI = 'file:///newsroom/draft.txt';

function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((command:[^)?]+)/g)].map((m) => m[1]);
}

describe('hover over stdio', function () {
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('shows the speaker resolved from a pronoun and an empty source slot with command links', async () => {
    session = await LspSession.start();
    const text = 'Chief engineer Tomas Varga said the pier was sound.\n“It will hold,” he said.\n';
    await session.open(URI, text);
    const hover = await session.hover(URI, { line: 1, character: 3 });
    assert.ok(hover, 'a hover on the quote');
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Direct quote/);
    assert.match(value, /Speaker: “he” → \*\*Tomas Varga\*\*/);
    assert.match(value, /Source slot: empty/);
    const links = commandLinks(value);
    assert.deepEqual(links, [
      'command:factcheck.attachSource',
      'command:factcheck.setVerdict',
      'command:factcheck.addNote',
      'command:factcheck.dismiss',
    ]);
  });

  it('escapes Markdown and HTML from the article so nothing in it becomes a link or markup', async () => {
    session = await LspSession.start();
    const text = '“[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>,” said Pat Moss.\n';
    await session.open(URI, text);
    const hover = await session.hover(URI, { line: 0, character: 2 });
    const value = (hover?.contents as { value: string }).value;
    for (const link of commandLinks(value)) assert.match(link, /^command:factcheck\./);
    assert.doesNotMatch(value, /(^|[^\\])<img/, 'raw HTML from the article must be escaped');
    assert.ok(value.includes('\\[click\\]'), 'brackets are escaped');
  });

  it('returns null away from any finding', async () => {
    session = await LspSession.start();
    await session.open(URI, 'The weather was fine.\n\nNothing else.\n');
    assert.equal(await session.hover(URI, { line: 2, character: 1 }), null);
  });
});
