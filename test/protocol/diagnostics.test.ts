// The built server over stdio: diagnostics on open and change, exact UTF-16 ranges, settings.
import assert from 'node:assert/strict';
import { LspSession, textAt } from '../support/lspSession';

const URI = 'file:///newsroom/draft.txt';

describe('diagnostics over stdio', function () {
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('publishes one diagnostic per finding with code, source and finding id', async () => {
    session = await LspSession.start();
    const text = '“The ferry will run on time,” said Mara Quint, the harbour master.\n';
    const { diagnostics } = await session.open(URI, text);
    const quote = diagnostics.find((d) => d.code === 'quote');
    assert.ok(quote, `no quote diagnostic in ${JSON.stringify(diagnostics)}`);
    assert.equal(quote.source, 'factcheck');
    assert.equal(textAt(text, quote.range), '“The ferry will run on time,”');
    assert.match((quote.data as { findingId: string }).findingId, /^quote-/);
    const related = quote.relatedInformation?.[0];
    assert.ok(related, 'quote points to its speaker');
    assert.equal(textAt(text, related.location.range), 'Mara Quint, the harbour master', 'PolNeAR sources keep their apposition');
  });

  it('lands ranges exactly after emoji, CJK and CRLF', async () => {
    session = await LspSession.start();
    const text = '🚢🚢 港口 news\r\nSecond line 😀\r\n“Tickets doubled in price,” said Ivo Brandt.\r\n';
    const { diagnostics } = await session.open(URI, text);
    const quote = diagnostics.find((d) => d.code === 'quote');
    assert.ok(quote);
    assert.deepEqual(quote.range.start, { line: 2, character: 0 });
    assert.equal(textAt(text, quote.range), '“Tickets doubled in price,”');
  });

  it('republishes for each change, and the ranges follow the edit', async () => {
    session = await LspSession.start();
    const text = '“We will appeal,” said Ana Reyes.\n';
    await session.open(URI, text);
    const { diagnostics, version } = await session.change(URI, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' },
    ]);
    assert.equal(version, 2);
    const quote = diagnostics.find((d) => d.code === 'quote');
    assert.ok(quote);
    assert.deepEqual(quote.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 27 } });
  });

  it('after a burst of edits, publishes the last version with ranges true to its text', async () => {
    session = await LspSession.start();
    let text = '“We will appeal,” said Ana Reyes.\n';
    await session.open(URI, text);
    const typed = 'Update: ';
    let last: Promise<{ version?: number; diagnostics: { code?: unknown; range: Parameters<typeof textAt>[1] }[] }> | undefined;
    for (let i = 0; i < typed.length; i++) {
      last = session.change(URI, [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: typed[i] }]);
    }
    text = typed + text;
    const published = await last!;
    assert.equal(published.version, typed.length + 1);
    const quote = published.diagnostics.find((d) => d.code === 'quote');
    assert.ok(quote);
    assert.equal(textAt(text, quote.range), '“We will appeal,”');
  });

  it('marks nothing on a bare web address and ranges a finding after it on the same line exactly, typed or opened', async () => {
    session = await LspSession.start();
    const url = 'http://ferries.example/4471x';
    const text = `Timetables: ${url} Fares rose 12% in June, the operator said.\n`;
    const opened = await session.open(URI, text);
    const urlStart = text.indexOf(url);
    const onUrl = (d: { range: { start: { character: number }; end: { character: number } } }) => d.range.start.character < urlStart + url.length && urlStart < d.range.end.character;
    assert.deepEqual(opened.diagnostics.filter(onUrl), []);
    const statistic = opened.diagnostics.find((d) => d.code === 'statistic' && textAt(text, d.range) === '12%');
    assert.ok(statistic, JSON.stringify(opened.diagnostics));
    assert.deepEqual(statistic.range, { start: { line: 0, character: 52 }, end: { line: 0, character: 55 } });
    // Typed into a line that had none, the address is read as a fresh open reads it.
    const plain = 'Timetables: Fares rose 12% in June, the operator said.\n';
    const other = 'file:///newsroom/typed.txt';
    await session.open(other, plain);
    const typed = await session.change(other, [{ range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, text: `${url} ` }]);
    assert.deepEqual(
      typed.diagnostics.map((d) => [d.code, d.range]),
      opened.diagnostics.map((d) => [d.code, d.range]),
    );
  });

  it('works on untitled buffers and Markdown, skipping code', async () => {
    session = await LspSession.start();
    const markdown = '# Draft\n\n```\n“Not a quote,” said Nobody.\n```\n\n“A real quote,” said Lena Ortiz.\n';
    const { diagnostics } = await session.open('untitled:Untitled-1', markdown, 'markdown');
    const quotes = diagnostics.filter((d) => d.code === 'quote').map((d) => textAt(markdown, d.range));
    assert.deepEqual(quotes, ['“A real quote,”']);
  });

  it('hides a kind set to off and applies severities from the settings', async () => {
    session = await LspSession.start({ settings: { severity: { quote: 'off', attribution: 'error' } } });
    const text = '“The bridge is safe,” said Councillor Femi Adeyemi.\n';
    const { diagnostics } = await session.open(URI, text);
    assert.equal(diagnostics.filter((d) => d.code === 'quote').length, 0);
    for (const d of diagnostics.filter((d) => d.code === 'attribution')) assert.equal(d.severity, 1);
    session.settings = { severity: { quote: 'hint' } };
    const republished = session.nextDiagnostics(URI);
    await session.notify('workspace/didChangeConfiguration', { settings: null });
    const quote = (await republished).diagnostics.find((d) => d.code === 'quote');
    assert.equal(quote?.severity, 4);
  });

  it('refuses binary text and over-long documents with a message instead of findings', async () => {
    session = await LspSession.start({ settings: { maxDocumentLength: 50 } });
    const binary = await session.open('file:///newsroom/photo.txt', 'JFIF\u0000\u0000\u0001 “not text,” said nobody');
    assert.equal(binary.diagnostics.length, 1);
    assert.equal(binary.diagnostics[0].code, 'not-analysed');
    assert.match(String(binary.diagnostics[0].message), /binary/);
    const long = await session.open('file:///newsroom/long.txt', '“Long,” said Ada Lind. '.repeat(10));
    assert.equal(long.diagnostics.length, 1);
    assert.match(String(long.diagnostics[0].message), /more than the factcheck\.maxDocumentLength limit of 50/);
  });
});
