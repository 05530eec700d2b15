// A sidecar that is a symbolic link: written through the link (kept) when its target is in the
// workspace; neither read nor written when it leads out. The sidecar of an article opened by a
// link sits beside the link.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LedgerStore } from '../../../server/src/ledger/store';
import type { LedgerEdit } from '../../../server/src/ledger/edit';

const TEXT = 'Ridership rose 12% in 2025, the operator said.\n';
const EDIT: LedgerEdit = { target: { finding: { kind: 'statistic', start: 0, end: 26 } }, change: { type: 'setVerdict', verdict: 'verified' } };

describe('sidecars and symbolic links', () => {
  let root: string;
  let workspace: string;
  let article: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(join(tmpdir(), 'factcheck-link-'));
    workspace = join(root, 'desk');
    await fs.mkdir(join(workspace, 'ledgers'), { recursive: true });
    article = join(workspace, 'trams.txt');
    await fs.writeFile(article, TEXT);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('writes through a link whose target is in the workspace, keeping the link', async () => {
    const target = join(workspace, 'ledgers', 'trams.json');
    await fs.symlink(target, `${article}.factcheck.json`);
    const result = await new LedgerStore({ workspaceOf: () => workspace }).edit(article, TEXT, EDIT);
    assert.ok(result.ok, JSON.stringify(result));
    assert.ok((await fs.lstat(`${article}.factcheck.json`)).isSymbolicLink());
    assert.match(await fs.readFile(target, 'utf8'), /"value": "verified"/);
  });

  it('neither reads nor writes through a link that leads out of the workspace', async () => {
    const outside = join(root, 'elsewhere.json');
    await fs.writeFile(outside, 'precious\n');
    await fs.symlink(outside, `${article}.factcheck.json`);
    const store = new LedgerStore({ workspaceOf: () => workspace });
    const state = await store.load(article);
    assert.ok(!state.readable);
    assert.match(state.problems[0].message, /is a link to .*elsewhere\.json, outside the workspace folder/);
    const result = await store.edit(article, TEXT, EDIT);
    assert.ok(!result.ok);
    assert.equal(await fs.readFile(outside, 'utf8'), 'precious\n');
    assert.ok((await fs.lstat(`${article}.factcheck.json`)).isSymbolicLink());
    await assert.rejects(fs.stat(`${outside}.lock`), /ENOENT/);
  });

  it('keeps the sidecar of an article opened by a link beside the link', async () => {
    const link = join(workspace, 'latest.txt');
    await fs.symlink(article, link);
    assert.ok((await new LedgerStore({ workspaceOf: () => workspace }).edit(link, TEXT, EDIT)).ok);
    await fs.access(`${link}.factcheck.json`);
    await assert.rejects(fs.access(`${article}.factcheck.json`), /ENOENT/);
  });
});
