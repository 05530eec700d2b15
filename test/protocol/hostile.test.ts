// Hostile input through the real server over stdio: sidecars committed by someone else, editSlot
// arguments no client of ours would send, and article text that displays reversed. Whatever comes
// in, a hover links only to http(s) addresses, workspace files and this extension's commands.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { anchorAt } from '../../server/src/ledger/anchor';
import { formatSidecar } from '../../server/src/ledger/sidecarFormat';
import type { SourceRef } from '../../server/src/ledger/slot';
import { ACCEPTED_HOSTILE_URLS, HOSTILE_TITLES, REFUSED_URLS, RLO, markdownLinks } from '../support/hostile';
import { LspSession, OFFLINE_SETTINGS } from '../support/lspSession';
import { Scratch } from '../support/scratch';

const ARTICLE = '“The pier will reopen in June,” said Mayor Ilse Varga.\n';
const QUOTE = { start: 0, end: ARTICLE.indexOf(',”') + 2 };
const EDIT = 'factcheck.server.editSlot';
const SLOT_ID = '0b6f0c9e-1d7a-4f52-9d6e-3f1f2b8a7c11';

/** Only these may be linked: web addresses, and this extension's commands on the server's own ids. */
function assertSafeLinks(markdown: string, uri: string, slotIds: string[]): void {
  for (const href of markdownLinks(markdown)) {
    if (/^https?:\/\//.test(href)) continue;
    assert.ok(href.startsWith('command:factcheck.'), `a link to ${href} in:\n${markdown}`);
    const args = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))) as { uri: string; slotId?: string }[];
    assert.equal(args.length, 1);
    assert.equal(args[0].uri, uri);
    if (args[0].slotId !== undefined) assert.ok(slotIds.includes(args[0].slotId), `a command aimed at slot ${args[0].slotId}`);
  }
}

describe('hostile input over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let dir: string;
  let file: string;
  let uri: string;
  beforeEach(async () => {
    dir = scratch.dir('factcheck-hostile');
    file = path.join(dir, 'pier.txt');
    writeFileSync(file, ARTICLE);
    uri = pathToFileURL(file).href;
  });
  afterEach(async () => session?.stop());

  function writeSidecar(sources: SourceRef[]): void {
    const now = '2026-11-30T10:00:00.000Z';
    const slot = { id: SLOT_ID, kind: 'quote' as const, anchor: anchorAt(ARTICLE, QUOTE), sources, created: now, modified: now, verdict: 'verified' as const };
    writeFileSync(`${file}.factcheck.json`, formatSidecar('pier.txt', [slot]));
  }

  async function hoverText(): Promise<string> {
    const hover = await session.hover(uri, { line: 0, character: 3 });
    return (hover?.contents as { value: string }).value;
  }

  it('renders every accepted hostile address and title from a committed sidecar without a foreign link', async () => {
    writeSidecar(ACCEPTED_HOSTILE_URLS.map((target, i) => ({ kind: 'url', target, title: HOSTILE_TITLES[i % HOSTILE_TITLES.length] })));
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    await session.open(uri, ARTICLE);
    const value = await hoverText();
    assert.match(value, /^\*\*Resolved: Verified\*\*/);
    assertSafeLinks(value, uri, [SLOT_ID]);
    const webLinks = markdownLinks(value).filter((href) => href.startsWith('https://'));
    assert.equal(webLinks.length, ACCEPTED_HOSTILE_URLS.length, 'each source is one link, none split into two');
    for (const href of webLinks) assert.equal(decodeURI(href).startsWith('https://e.org/'), true);
  });

  it('refuses each hostile address through editSlot and writes nothing', async () => {
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (diagnostics.find((d) => d.code === 'quote')?.data as { findingId: string }).findingId;
    for (const target of REFUSED_URLS) {
      await assert.rejects(session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'url', target } } }]), /web address/, target);
    }
    assert.throws(() => readFileSync(`${file}.factcheck.json`), /ENOENT/);
  });

  it('refuses a creator that is not text, and titles, notes and addresses past their caps', async () => {
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (diagnostics.find((d) => d.code === 'quote')?.data as { findingId: string }).findingId;
    const source = { kind: 'url', target: 'https://e.org/minutes' };
    const refused = [
      { creator: { name: 'Sam' }, edit: { type: 'setVerdict', verdict: 'verified' } },
      { creator: 42, edit: { type: 'setVerdict', verdict: 'verified' } },
      { edit: { type: 'addSource', source: { ...source, title: 't'.repeat(5_000_000) } } },
      { edit: { type: 'addSource', source: { ...source, target: `https://e.org/${'a'.repeat(5000)}` } } },
      { edit: { type: 'setNote', note: 'n'.repeat(100_000) } },
      { edit: { type: 'setVerdict', verdict: { toString: 'verified' } } },
      { edit: { type: 'addSource', source: { kind: 'ftp', target: 'ftp://e.org/x' } } },
      { edit: null },
    ];
    for (const params of refused) {
      await assert.rejects(session.executeCommand(EDIT, [{ uri, findingId, ...params }]), /./, JSON.stringify(params).slice(0, 100));
    }
    assert.throws(() => readFileSync(`${file}.factcheck.json`), /ENOENT/);
    // The ledger still takes a good edit afterwards: nothing was left read-only.
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source }, creator: 'Sam' }]);
    assert.match(readFileSync(`${file}.factcheck.json`, 'utf8'), /"name": "Sam"/);
  });

  it('refuses file sources outside the workspace folder, however they are written', async () => {
    const outside = scratch.dir('factcheck-outside');
    writeFileSync(path.join(outside, 'secret.txt'), 'not for the report\n');
    symlinkSync(outside, path.join(dir, 'linked'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'minutes.txt'), 'minutes\n');
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    const { diagnostics } = await session.open(uri, ARTICLE);
    const findingId = (diagnostics.find((d) => d.code === 'quote')?.data as { findingId: string }).findingId;
    for (const target of ['/etc/passwd', '../../../../etc/passwd', 'file:///etc/hostname', path.join(outside, 'secret.txt'), 'linked/secret.txt']) {
      await assert.rejects(session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'file', target } } }]), /outside the workspace/, target);
    }
    await session.executeCommand(EDIT, [{ uri, findingId, edit: { type: 'addSource', source: { kind: 'file', target: path.join(dir, 'docs', 'minutes.txt') } } }]);
    assert.match(readFileSync(`${file}.factcheck.json`, 'utf8'), /"source": "docs\/minutes.txt"/);
  });

  it('shows a committed file source that leads out of the workspace as refused text, never as a link', async () => {
    const outside = scratch.dir('factcheck-outside');
    symlinkSync(outside, path.join(dir, 'linked'));
    writeSidecar([
      { kind: 'file', target: '../../../../etc/passwd' },
      { kind: 'file', target: 'linked/secret.txt' },
    ]);
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    await session.open(uri, ARTICLE);
    const value = await hoverText();
    assert.deepEqual(markdownLinks(value).filter((href) => !href.startsWith('command:factcheck.')), []);
    assert.equal(value.match(/refused: /g)?.length, 2, value);
    const report = await session.request<{ content: string }>('factcheck/report', { uris: [uri], format: 'json' });
    const sources = JSON.parse(report.content).articles[0].entries.flatMap((entry: { sources: SourceRef[] }) => entry.sources);
    assert.deepEqual(
      sources.map((source: SourceRef) => /outside the workspace/.test(source.refused ?? '')),
      [true, true],
    );
  });

  it('does not render a file outside the workspace that a report request names by URI', async () => {
    const outside = scratch.dir('factcheck-outside');
    writeFileSync(path.join(outside, 'notes.txt'), 'The budget rose by 40% last year, officials said.\n');
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    const report = await session.request<{ content: string; problems: string[] }>('factcheck/report', { uris: [pathToFileURL(path.join(outside, 'notes.txt')).href, 'file:///etc/hostname'], format: 'md' });
    assert.equal(report.content, '');
    assert.equal(report.problems.length, 2);
    for (const problem of report.problems) assert.match(problem, /not in a workspace folder/);
  });

  it('shows bidi controls from the article as visible markers in messages, hovers and the claims list', async () => {
    const text = `“The pier will reopen,” said Mayor Ilse ${RLO}agraV.\n`;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    writeFileSync(file, text);
    const { diagnostics } = await session.open(uri, text);
    const shown = [
      ...diagnostics.flatMap((d) => [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)]),
      (await session.hover(uri, { line: 0, character: 3 }))?.contents as { value: string },
      await session.request('factcheck/claims', { uri }),
    ]
      .map((value) => JSON.stringify(value))
      .join('\n');
    assert.ok(!shown.includes(RLO) && !shown.includes('\\u202e'), shown);
    assert.match(shown, /U\\?\+202E/);
  });
});
