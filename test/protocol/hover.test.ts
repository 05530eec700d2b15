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
    assert.match(value, /^\*\*Quote attributed to Tomas Varga/, 'the detector’s question, not the Problems row again');
    assert.match(value, /Speaker: “he” → \*\*Tomas Varga\*\*/);
    assert.match(value, /Source slot: empty/);
    assert.ok(value.indexOf('command:') < value.indexOf('Speaker:'), 'the actions come right under the headline');
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

  it('shows every claim under the pointer, innermost first, each with its actions under its headline', async () => {
    session = await LspSession.start();
    const text = 'The ferry operator moved its office to Kiel. The new terminal opened in 2022 and cost twice the estimate.\n';
    await session.open(URI, text);
    const at = text.indexOf('2022') + 1;
    const hover = await session.hover(URI, { line: 0, character: at });
    const value = (hover?.contents as { value: string }).value;
    const sections = value.split('\n\n---\n\n');
    assert.equal(sections.length, 2, value);
    assert.match(sections[0], /^\*\*Date — \\'2022/, 'the figure first: it is what the pointer is on');
    assert.match(sections[1], /^\*\*Unattributed claim/);
    for (const section of sections) {
      const lines = section.split('\n');
      assert.match(lines[1], /^\[Attach source…\]\(command:factcheck\.attachSource/, 'actions right under the headline');
      assert.equal(commandLinks(section).length, 4);
    }
    assert.deepEqual(hover?.range, { start: { line: 0, character: text.indexOf('2022') }, end: { line: 0, character: text.indexOf('2022') + 4 } });
  });

  it('names the kind once in the headline', async () => {
    session = await LspSession.start();
    const text = 'The contractor did not respond to a request for comment.\n';
    await session.open(URI, text);
    const value = ((await session.hover(URI, { line: 0, character: 20 }))?.contents as { value: string }).value;
    assert.match(value, /^\*\*Right of reply — /);
    assert.doesNotMatch(value, /Right of reply[^\n]*Right of reply/);
  });

  it('returns null away from any finding', async () => {
    session = await LspSession.start();
    await session.open(URI, 'The weather was fine.\n\nNothing else.\n');
    assert.equal(await session.hover(URI, { line: 2, character: 1 }), null);
  });
});
