// A very long article is analysed a slice at a time: while it is, the server answers other
// requests, shows the analysis's progress, and publishes the long article's diagnostics once done.
// The order of the server's answers is asserted, never how long they took.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { LspSession, OFFLINE_SETTINGS } from '../support/lspSession';
import { Scratch } from '../support/scratch';
import { analyze } from '../../server/src/analysis/engine/analyze';
import { anchorAt } from '../../server/src/ledger/anchor';
import { formatSidecar } from '../../server/src/ledger/sidecarFormat';
import type { SourceSlot } from '../../server/src/ledger/slot';

const SHORT = 'file:///newsroom/short.txt';
const LONG = 'file:///newsroom/long.txt';

describe('a very long article over stdio', function () {
  this.timeout(120_000);
  const scratch = new Scratch();
  after(() => scratch.removeAll());
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('answers a hover on another article while the long one is analysed, then publishes it', async () => {
    session = await LspSession.start();
    await session.open(SHORT, 'Chief engineer Tomas Varga said the pier was sound.\n“It will hold,” he said.\n');
    const progress: string[] = [];
    // The server asks for a progress token at the first pause of a long analysis.
    const paused = new Promise<void>((resolve) => {
      session.connection.onRequest('window/workDoneProgress/create', ({ token }: { token: string }) => {
        session.connection.onProgress(WorkDoneProgress.type, token, (value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => void progress.push(value.kind));
        resolve();
        return null;
      });
    });
    // Paragraphs written for this test, each different (none comes from the cache), 760,000
    // characters: many slices of analysis.
    const long = Array.from({ length: 9_000 }, (_, i) => `Harbour official ${i} said berth ${i} would close in May, “for repairs,” she added.`).join('\n\n');
    const answered: string[] = [];
    const published = session.open(LONG, long).then((diagnostics) => {
      answered.push('long article diagnostics');
      return diagnostics;
    });
    assert.equal(await Promise.race([paused.then(() => 'paused'), published.then(() => 'published')]), 'paused', 'the analysis pauses before it publishes');
    const hover = await session.hover(SHORT, { line: 1, character: 3 });
    answered.push('hover');
    const diagnostics = await published;
    assert.deepEqual(answered, ['hover', 'long article diagnostics']);
    assert.match((hover?.contents as { value: string }).value, /Quote attributed to Tomas Varga/);
    assert.ok(diagnostics.diagnostics.length > 100, `${diagnostics.diagnostics.length} diagnostics`);
    assert.equal(progress[0], 'begin');
    assert.equal(progress.at(-1), 'end');
  });

  it('answers hovers on another article one after another throughout the analysis of a long article of short quotes', async () => {
    session = await LspSession.start();
    await session.open(SHORT, 'Chief engineer Tomas Varga said the pier was sound.\n“It will hold,” he said.\n');
    // 760,000 characters, a quote and its speaker every 85: each paragraph costs many times what
    // prose of its length does. The analysis pauses every few milliseconds, so hovers are answered
    // throughout: about 100 on a quiet machine, 43 with four times as much work as cores. Analysed
    // in one piece it would answer one; pausing every 20,000 characters answered 13.
    const long = Array.from({ length: 9_000 }, (_, i) => `Harbour official ${i} said berth ${i} would close in May, “for repairs,” she added.`).join('\n\n');
    let published = false;
    const diagnostics = session.open(LONG, long).then(() => (published = true));
    let hovers = 0;
    while (!published) {
      const hover = await session.hover(SHORT, { line: 1, character: 3 });
      assert.match((hover?.contents as { value: string }).value, /Quote attributed to Tomas Varga/);
      hovers++;
    }
    await diagnostics;
    assert.ok(hovers >= 20, `${hovers} hovers answered while the long article was analysed`);
  });

  it('answers hovers on another article while a keystroke joins a long article with thousands of source slots', async () => {
    // 1,000 paragraphs written for this test, each finding with a slot in the sidecar: after a
    // keystroke only one paragraph is analysed again, and the join of 5,000 slots with the
    // findings is most of the work. Joined in one piece, 2 hovers were answered (those during the
    // analysis), a step at a time 8 or 9 on this 2-core machine under load.
    const text = Array.from({ length: 1_000 }, (_, i) => `Harbour official ${i} said berth ${i} would close in May, “for repairs,” she added.`).join('\n\n');
    const dir = scratch.dir('factcheck-long-ledger');
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, text);
    const slots: SourceSlot[] = analyze(text).map((finding, i) => ({ id: `slot-${i}`, kind: finding.kind, anchor: anchorAt(text, finding), sources: [], note: 'Called the harbour office.', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' }));
    writeFileSync(`${file}.factcheck.json`, formatSidecar('long.txt', slots));
    const uri = pathToFileURL(file).href;
    session = await LspSession.start({ rootUri: pathToFileURL(dir).href, settings: OFFLINE_SETTINGS });
    await session.open(SHORT, 'Chief engineer Tomas Varga said the pier was sound.\n“It will hold,” he said.\n');
    await session.open(uri, text);
    const at = text.indexOf('would close in May', text.length / 2);
    let published = false;
    const typed = session.change(uri, [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: 'not ' }]).then((diagnostics) => {
      published = true;
      return diagnostics;
    });
    let hovers = 0;
    while (!published) {
      const hover = await session.hover(SHORT, { line: 1, character: 3 });
      assert.match((hover?.contents as { value: string }).value, /Quote attributed to Tomas Varga/);
      hovers++;
    }
    const { diagnostics } = await typed;
    assert.ok(hovers >= 5, `${hovers} hovers answered while the keystroke was joined with the ledger`);
    assert.ok(slots.length >= 5_000, `${slots.length} slots`);
    assert.equal(diagnostics.filter((d) => (d.data as { slotId?: string } | undefined)?.slotId).length, diagnostics.length - 1, 'every claim shown carries its slot');
  });
});

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}
