// Keeping a copy of a web source, against a real HTTP server on this machine: the page stored by
// its SHA-256 with a record of the retrieval, redirects followed only to http(s) and only so far,
// and a 404, a slow answer and a huge body each recorded as a failure, never thrown.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sha256Hex } from '../../../server/src/evidence/sha256';
import { keepWebCopy } from '../../../server/src/evidence/webCopy';
import { fetchableProblem } from '../../../server/src/evidence/webFetch';
import { webArchiveProblem } from '../../../server/src/ledger/webArchive';
import { PAGE, TestWebServer } from '../../support/webServer';

describe('keeping a copy of a web source', function () {
  this.timeout(10_000);
  let server: TestWebServer;
  let workspace: string;
  let article: string;
  const now = () => new Date('2026-05-01T09:00:00.000Z');
  const limits = { timeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 3 };

  before(async () => {
    server = await TestWebServer.start();
  });
  after(() => server.stop());
  beforeEach(async () => {
    workspace = await fs.mkdtemp(path.join(tmpdir(), 'factcheck-webcopy-'));
    await fs.mkdir(path.join(workspace, 'news'));
    article = path.join(workspace, 'news', 'harbour.md');
  });
  afterEach(() => fs.rm(workspace, { recursive: true, force: true }));

  const keep = (url: string) => keepWebCopy(url, { workspaceFolder: workspace, articlePath: article, now, limits });

  it('stores the page under its SHA-256, linked from the article’s folder, with a record of the retrieval', async () => {
    const sha256 = sha256Hex(PAGE);
    const archive = await keep(server.url('/budget'));
    assert.deepEqual(archive, { cached: `../.factcheck/sources/${sha256}.html`, sha256, retrieved: '2026-05-01T09:00:00.000Z', status: 200, contentType: 'text/html' });
    assert.equal(webArchiveProblem(archive), undefined);
    assert.equal(await fs.readFile(path.join(workspace, '.factcheck', 'sources', `${sha256}.html`), 'utf8'), PAGE);
    const record = JSON.parse(await fs.readFile(path.join(workspace, '.factcheck', 'sources', `${sha256}.json`), 'utf8'));
    assert.deepEqual(record, {
      sha256,
      size: Buffer.byteLength(PAGE),
      retrievals: [{ url: server.url('/budget'), finalUrl: server.url('/budget'), retrieved: '2026-05-01T09:00:00.000Z', status: 200, contentType: 'text/html; charset=utf-8' }],
    });
  });

  it('follows a redirect, keeps the same bytes once, and lists both retrievals', async () => {
    await keep(server.url('/budget'));
    const archive = await keep(server.url('/moved'));
    assert.ok('cached' in archive);
    assert.equal(archive.sha256, sha256Hex(PAGE));
    assert.deepEqual((await fs.readdir(path.join(workspace, '.factcheck', 'sources'))).sort(), [`${archive.sha256}.html`, `${archive.sha256}.json`]);
    const record = JSON.parse(await fs.readFile(path.join(workspace, '.factcheck', 'sources', `${archive.sha256}.json`), 'utf8'));
    assert.deepEqual(record.retrievals.map((r: { url: string; finalUrl: string }) => [r.url, r.finalUrl]), [[server.url('/budget'), server.url('/budget')], [server.url('/moved'), server.url('/budget')]]);
  });

  const failures: [string, string, RegExp, number | undefined][] = [
    ['a 404', '/nothing-here', /the server answered 404/, 404],
    ['a redirect loop', '/loop', /more than 3 redirects/, 302],
    ['a redirect to another scheme', '/elsewhere', /only http and https addresses are fetched, not file:/, undefined],
    ['a body that never ends', '/slow', /no complete answer within 2 s/, undefined],
    ['a body larger than the cap', '/huge', /larger than 1048576 bytes: not kept/, 200],
    ['a body announced larger than the cap', '/announced-huge', /larger than 1048576 bytes: not kept/, 200],
  ];
  for (const [what, route, error, status] of failures) {
    it(`records ${what} as a failure and keeps nothing`, async () => {
      const archive = await keep(server.url(route));
      assert.ok('error' in archive, JSON.stringify(archive));
      assert.match(archive.error, error);
      assert.equal(archive.status, status);
      assert.equal(archive.retrieved, '2026-05-01T09:00:00.000Z');
      assert.equal(webArchiveProblem(archive), undefined);
      const kept = await fs.readdir(path.join(workspace, '.factcheck', 'sources')).catch(() => []);
      assert.deepEqual(kept, []);
    });
  }

  it('refuses anything but http(s), and an address with credentials, before connecting', async () => {
    assert.match(fetchableProblem('ftp://port.example/budget') ?? '', /not ftp:/);
    assert.match(fetchableProblem('file:///etc/passwd') ?? '', /not file:/);
    assert.match(fetchableProblem('http://user:secret@port.example/') ?? '', /user name or password/);
    const archive = await keep('javascript:alert(1)');
    assert.ok('error' in archive);
    assert.match(archive.error, /not javascript:/);
  });

  it('accepts as a kept copy only a SHA-256 file under .factcheck/sources', () => {
    const sha256 = 'a'.repeat(64);
    const copy = { sha256, retrieved: '2026-05-01T09:00:00.000Z', status: 200, contentType: 'text/html' };
    assert.equal(webArchiveProblem({ ...copy, cached: `../../.factcheck/sources/${sha256}.html` }), undefined);
    for (const cached of [`/etc/${sha256}.html`, `../.factcheck/sources/../../x/${sha256}.html`, `.factcheck/sources/${'b'.repeat(64)}.html`, 'https://evil.example/x.html', `.factcheck/sources/${sha256}.html?x`]) {
      assert.ok(webArchiveProblem({ ...copy, cached }), cached);
    }
  });
});
