// Sources reused over stdio: a source attached to one claim of a sentence is offered first for its
// other claims, and in one step for the whole sentence; the quick fixes put that fix first and
// offer to dismiss every open finding of a kind in the file.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Scratch } from '../support/scratch';
import { LspSession, OFFLINE_SETTINGS, textAt } from '../support/lspSession';

const ARTICLE = [
  'According to the council complaint, the contractor allegedly paid the inspector €40,000 in March 2024.',
  'The board employs 120 people. Its chair resigned in 2023.',
  '',
].join('\n');
const EDIT = 'factcheck.server.editSlot';
const COMPLAINT = { kind: 'url', target: 'https://council.example/complaint.pdf', title: 'Council complaint' };

describe('sources first over stdio', function () {
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  let uri: string;
  let diagnostics: Diagnostic[];
  const on = (words: string, code: string) => {
    const found = diagnostics.find((d) => d.code === code && textAt(ARTICLE, d.range) === words);
    assert.ok(found, `a ${code} on “${words}”`);
    return found;
  };
  const idOf = (d: Diagnostic) => (d.data as { findingId: string }).findingId;

  beforeEach(async () => {
    const dir = scratch.dir('factcheck-sources');
    const file = path.join(dir, 'tender.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(path.join(dir, '.factcheck.json'), JSON.stringify({ version: 1, knownSources: { 'Port audit': 'https://port.example/audit', 'Council complaint archive': 'https://council.example/archive' } }));
    uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    diagnostics = (await session.open(uri, ARTICLE)).diagnostics;
    const attribution = on('According to the council complaint', 'attribution');
    const published = session.nextDiagnostics(uri);
    await session.executeCommand(EDIT, [{ uri, findingId: idOf(attribution), edit: { type: 'addSource', source: COMPLAINT } }]);
    diagnostics = (await published).diagnostics;
  });
  afterEach(async () => session.stop());

  it('offers the sentence’s source first, then what the claim names, then the rest of the project’s', async () => {
    const figure = on('€40,000', 'statistic');
    const known = await session.request<{ name: string; url: string; origin: string }[]>('factcheck/knownSources', { uri, findingId: idOf(figure) });
    assert.deepEqual(known.map((k) => [k.name, k.origin]), [
      ['Council complaint', 'sentence'],
      ['Council complaint archive', 'project'],
      ['Port audit', 'project'],
    ]);
    const elsewhere = on('120', 'statistic');
    const forOther = await session.request<{ name: string; origin: string }[]>('factcheck/knownSources', { uri, findingId: idOf(elsewhere) });
    assert.deepEqual(forOther.map((k) => [k.name, k.origin]), [
      ['Council complaint', 'article'],
      ['Council complaint archive', 'project'],
      ['Port audit', 'project'],
    ], 'attached elsewhere in the article: still before the project file’s');
  });

  it('puts “use this source” first, for the claim and for the whole sentence', async () => {
    const figure = on('€40,000', 'statistic');
    const actions = await session.codeActions(uri, figure.range, [figure]);
    assert.match(actions[0].title, /^Use ‘Council complaint’ for statistic ‘€40,000/);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1, 'one preferred fix');
    const whole = actions.find((a) => /for the whole sentence/.test(a.title));
    assert.ok(whole, actions.map((a) => a.title).join('\n'));
    const args = whole.command!.arguments![0] as { source: typeof COMPLAINT; claims: { findingId: string }[] };
    assert.deepEqual(args.source, COMPLAINT);
    const sentenceIds = diagnostics.filter((d) => d.range.start.line === 0 && d.code !== 'attribution').map(idOf).sort();
    assert.deepEqual(args.claims.map((c) => c.findingId).sort(), sentenceIds, 'every claim of the sentence without the source');
    assert.equal(whole.title, `Use ‘Council complaint’ for the whole sentence (${sentenceIds.length} claims)`);

    // What the client's command does with it: the same edit for each claim.
    let published = session.nextDiagnostics(uri);
    for (const claim of args.claims) {
      published = session.nextDiagnostics(uri);
      await session.executeCommand(EDIT, [{ ...claim, uri, edit: { type: 'addSource', source: args.source } }]);
    }
    diagnostics = (await published).diagnostics;
    const after = await session.codeActions(uri, on('€40,000', 'statistic').range, []);
    assert.ok(!after.some((a) => /^Use /.test(a.title)), 'nothing left to fill');
    assert.match(after[0].title, /^Attach source… · statistic/);
  });

  it('keeps the menu short and offers to dismiss every open finding of the kind in the file', async () => {
    const figure = on('120', 'statistic');
    const actions = await session.codeActions(uri, figure.range, [figure]);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.length <= 8, titles.join('\n'));
    const all = actions.find((a) => a.command?.command === 'factcheck.dismissAll');
    assert.ok(all, titles.join('\n'));
    const statistics = diagnostics.filter((d) => d.code === 'statistic');
    assert.equal(all.title, `Dismiss all ${statistics.length} open findings of kind statistic in this file…`);
    assert.deepEqual((all.command!.arguments![0] as { claims: { findingId: string }[] }).claims.map((c) => c.findingId).sort(), statistics.map(idOf).sort());
  });
});
