// Keeping a copy of a web source over stdio: attaching a URL returns at once, the page is fetched
// from a local HTTP server in the background, kept under .factcheck/sources and linked from the
// slot, and the hover links the kept copy; a failure is recorded and shown; with the setting off
// nothing is fetched.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { sha256Hex } from '../../server/src/evidence/sha256';
import { Scratch } from '../support/scratch';
import { LspSession, OFFLINE_SETTINGS, textAt } from '../support/lspSession';
import { PAGE, TestWebServer } from '../support/webServer';

const ARTICLE = 'The council will spend £48 million on the harbour, the budget shows.\n';
const EDIT = 'factcheck.server.editSlot';

function figureOf(diagnostics: Diagnostic[]): Diagnostic {
  const found = diagnostics.find((d) => d.code === 'statistic' && textAt(ARTICLE, d.range) === '£48 million');
  assert.ok(found, 'the figure');
  return found;
}

describe('keeping copies of web sources over stdio', function () {
  const scratch = new Scratch();
  let server: TestWebServer;
  let session: LspSession | undefined;
  let dir: string;
  let file: string;
  let uri: string;
  before(async () => {
    server = await TestWebServer.start();
  });
  after(async () => {
    scratch.removeAll();
    await server.stop();
  });
  beforeEach(() => {
    dir = scratch.dir('factcheck-copies');
    file = path.join(dir, 'harbour.txt');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
  });
  afterEach(async () => session?.stop());

  function sidecarSource(): { state?: { cached?: string }; archive?: { error?: string; status?: number; sha256?: string } } | undefined {
    if (!existsSync(`${file}.factcheck.json`)) return undefined;
    const [annotation] = JSON.parse(readFileSync(`${file}.factcheck.json`, 'utf8')).annotations;
    return annotation.body.find((b: { purpose: string }) => b.purpose === 'linking');
  }

  /** Republishes until the sidecar records what happened to the copy. */
  async function copyRecorded(): Promise<NonNullable<ReturnType<typeof sidecarSource>>> {
    for (;;) {
      const source = sidecarSource();
      if (source?.archive) return source;
      await session!.nextDiagnostics(uri);
    }
  }

  async function attach(route: string): Promise<Diagnostic> {
    const figure = figureOf((await session!.open(uri, ARTICLE)).diagnostics);
    const findingId = (figure.data as { findingId: string }).findingId;
    await session!.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'url', target: server.url(route) } } }]);
    return figure;
  }

  it('keeps the page under its SHA-256, links it from the slot, and offers it in the hover', async () => {
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
    const figure = await attach('/budget');
    const sha256 = sha256Hex(PAGE);
    const source = await copyRecorded();
    assert.equal(source.state?.cached, `.factcheck/sources/${sha256}.html`);
    assert.equal(source.archive?.sha256, sha256);
    assert.equal(readFileSync(path.join(dir, '.factcheck', 'sources', `${sha256}.html`), 'utf8'), PAGE);
    const hover = (await session.hover(uri, figure.range.start))?.contents as { value: string };
    assert.ok(hover.value.includes(`[kept copy](${pathToFileURL(path.join(dir, '.factcheck', 'sources', `${sha256}.html`)).href})`), hover.value);
  });

  it('records a page that cannot be fetched, and shows why in the hover', async () => {
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href });
    const figure = await attach('/nothing-here');
    const source = await copyRecorded();
    assert.equal(source.archive?.status, 404);
    const hover = (await session.hover(uri, figure.range.start))?.contents as { value: string };
    assert.match(hover.value, /no copy kept \(\d{4}\\-\d\d\\-\d\d\): the server answered 404/);
  });

  it('fetches nothing when the setting is off', async () => {
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    const before = server.requests.length;
    await attach('/budget');
    // A change after the attach is analysed after any copy would have been started.
    await session.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'More.\n' }]);
    assert.equal(server.requests.length, before);
    assert.equal(sidecarSource()?.archive, undefined);
    assert.ok(!existsSync(path.join(dir, '.factcheck')));
  });

  it('fetches nothing in a workspace the user has not trusted, though the source is recorded', async () => {
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, initializationOptions: { workspaceTrusted: false } });
    const before = server.requests.length;
    await attach('/budget');
    await session.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'More.\n' }]);
    assert.equal(server.requests.length, before);
    assert.equal(sidecarSource()?.archive, undefined);
    assert.match(readFileSync(`${file}.factcheck.json`, 'utf8'), /127\.0\.0\.1/);
    assert.ok(!existsSync(path.join(dir, '.factcheck')));
  });
});
