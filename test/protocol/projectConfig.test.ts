// The project file over stdio: team severity, known sources, organisation and published address
// in reports, and a broken project file shown on itself while the defaults apply.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Scratch } from '../support/scratch';
import { LspSession } from '../support/lspSession';

const ARTICLE = '“The new bus lanes cut journeys by 12%,” said transport chief Odile Brun.\n';

const scratch = new Scratch();

function workspace(configName: string, config: string): { dir: string; uri: string } {
  const dir = scratch.dir('factcheck-project');
  writeFileSync(path.join(dir, configName), config);
  const file = path.join(dir, 'buses.txt');
  writeFileSync(file, ARTICLE);
  return { dir, uri: pathToFileURL(file).href };
}

describe('project file over stdio', function () {
  after(() => scratch.removeAll());
  let session: LspSession;
  afterEach(async () => session.stop());

  it('applies the team’s severity, proposes known sources and fills ClaimReview from it', async () => {
    const { dir, uri } = workspace(
      '.factcheck.yaml',
      [
        'version: 1',
        'organisation: { name: Harbour Gazette Fact Desk, url: "https://gazette.example/facts" }',
        'articleUrl: "https://gazette.example/news/{name}"',
        'knownSources:',
        '  Transport authority: "https://transport.example/statistics"',
        'severity:',
        '  quote: error',
        'checker: Desk Night Shift',
        '',
      ].join('\n'),
    );
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
    const { diagnostics } = await session.open(uri, ARTICLE);
    const quote = diagnostics.find((d) => d.code === 'quote');
    assert.equal(quote?.severity, 1);
    assert.deepEqual(await session.request('factcheck/knownSources', { uri }), [{ name: 'Transport authority', url: 'https://transport.example/statistics', kind: 'url', origin: 'project' }]);

    const findingId = (quote!.data as { findingId: string }).findingId;
    await session.executeCommand('factcheck.server.editSlot', [{ uri, findingId, edit: { type: 'setVerdict', verdict: 'misleading' } }]);
    const { content } = await session.request<{ content: string }>('factcheck/report', { uris: [uri], format: 'claimreview' });
    const parsed = JSON.parse(content);
    const review = (Array.isArray(parsed) ? parsed : (parsed['@graph'] ?? [parsed]))[0];
    assert.equal(review.author.name, 'Harbour Gazette Fact Desk');
    assert.equal(review.itemReviewed.appearance.url ?? review.itemReviewed.appearance, 'https://gazette.example/news/buses');
    const json = JSON.parse((await session.request<{ content: string }>('factcheck/report', { uris: [uri], format: 'json' })).content);
    assert.equal(json.checker, 'Desk Night Shift');
  });

  it('finds the project lexicon’s reporting verbs, and follows the project file when it changes on disk', async () => {
    const article = 'The harbour master vlogged that the pier would close.\n';
    const { dir } = workspace('.factcheck.yaml', 'version: 1\nlexicon: { reportingVerbs: [vlogged] }\n');
    const file = path.join(dir, 'pier.txt');
    writeFileSync(file, article);
    const uri = pathToFileURL(file).href;
    const configFile = path.join(dir, '.factcheck.yaml');
    const attributionOf = (diagnostics: { code?: unknown; range: { start: { character: number }; end: { character: number } } }[]) =>
      diagnostics.filter((d) => d.code === 'attribution').map((d) => article.slice(d.range.start.character, d.range.end.character));
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
    assert.deepEqual(attributionOf((await session.open(uri, article)).diagnostics), ['The harbour master vlogged']);

    const changed = async (config: string) => {
      writeFileSync(configFile, config);
      const published = session.nextDiagnostics(uri);
      await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).href, type: 2 }] });
      return attributionOf((await published).diagnostics);
    };
    assert.deepEqual(await changed('version: 1\nlexicon: { reportingVerbs: [podcasted] }\n'), [], 'the verb left the project file');
    assert.deepEqual(await changed('version: 1\nlexicon: { reportingVerbs: [podcasted, vlogged] }\n'), ['The harbour master vlogged']);
  });

  it('shows a broken project file’s problems on the file and keeps working with the defaults', async () => {
    const { dir, uri } = workspace('.factcheck.json', '{ "version": 1, "severity": { "quote": "loud" } }\n');
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
    const configUri = pathToFileURL(path.join(dir, '.factcheck.json')).href;
    const onConfig = session.nextDiagnostics(configUri);
    const { diagnostics } = await session.open(uri, ARTICLE);
    assert.equal(diagnostics.find((d) => d.code === 'quote')?.severity, 3, 'the default severity applies');
    const problems = (await onConfig).diagnostics;
    assert.equal(problems.length, 1);
    assert.match(String(problems[0].message), /severity\.quote/);
  });
});
