// File sources must resolve, links followed, inside the article's workspace folder: the store
// refuses to attach one that does not, and marks one read from a sidecar as refused.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSourceScopeProblem } from '../../../server/src/ledger/sourceScope';
import { LedgerStore } from '../../../server/src/ledger/store';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { formatSidecar } from '../../../server/src/ledger/sidecarFormat';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';

const TEXT = 'Ridership rose 12% in 2025, the operator said.\n';
const CLAIM = { start: 0, end: 26 };
const NOW = '2026-11-30T10:00:00.000Z';

describe('file sources stay in the workspace', () => {
  let root: string;
  let workspace: string;
  let outside: string;
  let article: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(join(tmpdir(), 'factcheck-scope-'));
    workspace = join(root, 'desk');
    outside = join(root, 'elsewhere');
    await fs.mkdir(join(workspace, 'drafts'), { recursive: true });
    await fs.mkdir(join(workspace, 'docs'));
    await fs.mkdir(outside);
    await fs.writeFile(join(outside, 'secret.txt'), 'secret\n');
    await fs.writeFile(join(workspace, 'docs', 'figures.csv'), 'year,riders\n');
    await fs.symlink(outside, join(workspace, 'docs', 'linked'));
    await fs.symlink(join(outside, 'secret.txt'), join(workspace, 'docs', 'secret-link.txt'));
    article = join(workspace, 'drafts', 'trams.txt');
    await fs.writeFile(article, TEXT);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('accepts files of the workspace, existing or not, in other folders of it too', async () => {
    for (const target of ['../docs/figures.csv', '../docs/not-yet.pdf', 'notes/later.txt', '../drafts/../docs/figures.csv']) {
      assert.equal(await fileSourceScopeProblem(target, article, workspace), undefined, target);
    }
  });

  it('refuses paths that climb out, and links that lead out', async () => {
    for (const target of ['../../elsewhere/secret.txt', '../../../../../../etc/passwd', '../docs/linked/secret.txt', '../docs/secret-link.txt', '../docs/linked/not-there.txt']) {
      assert.match((await fileSourceScopeProblem(target, article, workspace)) ?? '', /is outside the workspace folder/, target);
    }
  });

  it('the store refuses to attach one, and marks one read from a sidecar as refused without dropping it', async () => {
    const store = new LedgerStore({ workspaceOf: () => workspace });
    const attach = (target: string) =>
      store.edit(article, TEXT, { target: { finding: { kind: 'statistic', ...CLAIM } }, change: { type: 'addSource', source: { kind: 'file', target } } });
    const refused = await attach('../docs/linked/secret.txt');
    assert.ok(!refused.ok && refused.reason === 'invalid' && /outside the workspace/.test(refused.message));
    await assert.rejects(fs.readFile(`${article}.factcheck.json`), /ENOENT/);

    const sources = [
      { kind: 'file' as const, target: '../docs/figures.csv' },
      { kind: 'file' as const, target: '../../elsewhere/secret.txt' },
    ];
    await fs.writeFile(`${article}.factcheck.json`, formatSidecar('trams.txt', [{ id: 'a1', kind: 'statistic', anchor: anchorAt(TEXT, CLAIM), sources, created: NOW, modified: NOW }]));
    const state = await store.load(article);
    assert.ok(state.readable);
    assert.deepEqual(
      state.slots[0].sources.map((source) => source.refused === undefined),
      [true, false],
    );
    // An unrelated edit keeps the refused source in the file, and writes no "refused" into it.
    const edited = await store.edit(article, TEXT, { target: { slotId: 'a1' }, change: { type: 'setVerdict', verdict: 'verified' } });
    assert.ok(edited.ok);
    const written = await fs.readFile(`${article}.factcheck.json`, 'utf8');
    assert.doesNotMatch(written, /refused/);
    const parsed = parseSidecar(written);
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.sidecar.slots[0].sources.map((source) => source.target),
      ['../docs/figures.csv', '../../elsewhere/secret.txt'],
    );
  });

  it('without a workspace folder, the article\'s own folder is the limit', async () => {
    const store = new LedgerStore();
    const result = await store.edit(article, TEXT, { target: { finding: { kind: 'statistic', ...CLAIM } }, change: { type: 'addSource', source: { kind: 'file', target: '../docs/figures.csv' } } });
    assert.ok(!result.ok && result.reason === 'invalid' && /outside the workspace/.test(result.message));
  });
});
