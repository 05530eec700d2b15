// One claim, one diagnostic, over stdio: a quote and its attribution are one row, a quote its
// attribution interrupts is one row over both parts, at the exact UTF-16 positions after emoji
// and curly quotes; hovering anywhere in the claim, the attribution between its parts included,
// shows that one claim.
import assert from 'node:assert/strict';
import { LspSession, textAt } from '../support/lspSession';

const URI = 'file:///newsroom/ferry.txt';

// Written for this test.
const ARTICLE = [
  '⛴️🌊 Ferry news from the north quay.',
  '“We lost both engines at dawn,” the captain said, “and waited four hours 🕓 for the tug.”',
  '“Nobody was hurt,” said Ines Duarte, the ferry line’s spokeswoman.',
  '',
].join('\n');

describe('a quote and its attribution over stdio', function () {
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('publishes one quote diagnostic per claim, none for the attributions, on the exact characters', async () => {
    session = await LspSession.start();
    const { diagnostics } = await session.open(URI, ARTICLE);
    const quotes = diagnostics.filter((d) => d.code === 'quote');
    assert.deepEqual(
      quotes.map((d) => textAt(ARTICLE, d.range)),
      ['“We lost both engines at dawn,” the captain said, “and waited four hours 🕓 for the tug.”', '“Nobody was hurt,”'],
    );
    // Line 1 starts right after "⛴️🌊 …\n": the first quote's opening mark is character 0, its end counts the clock emoji as two units.
    assert.deepEqual(quotes[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: ARTICLE.split('\n')[1].length } });
    assert.deepEqual(diagnostics.filter((d) => d.code === 'attribution'), [], 'the attributions are inside their quotes’ findings');
    assert.deepEqual(
      quotes.map((d) => String(d.message)),
      // The row quotes the speaker's words alone: the attribution between the parts is the writer's.
      ['Quote by the captain: ‘We lost both engines at dawn, and waited four hours 🕓 for…’', 'Quote by Ines Duarte, the ferry line’s…: ‘Nobody was hurt’'],
    );
  });

  it('hovers the one claim from its second part and from the attribution between its parts', async () => {
    session = await LspSession.start();
    await session.open(URI, ARTICLE);
    const line = ARTICLE.split('\n')[1];
    for (const words of ['the captain said', 'waited four hours']) {
      const hover = await session.hover(URI, { line: 1, character: line.indexOf(words) + 2 });
      const value = (hover?.contents as { value: string }).value;
      assert.equal(value.split('\n---\n').length, 1, `one claim under “${words}”: ${value}`);
      assert.match(value, /Quote attributed to the captain/);
      assert.match(value, /Cue: “said”/);
    }
  });

  it('hovers a quote from the attribution it took in, after the quotation', async () => {
    session = await LspSession.start();
    await session.open(URI, ARTICLE);
    const line = ARTICLE.split('\n')[2];
    const hover = await session.hover(URI, { line: 2, character: line.indexOf('Ines Duarte') + 2 });
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /^\*\*Quote attributed to Ines Duarte/);
  });
});
