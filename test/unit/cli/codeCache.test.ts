import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { compileCached, saveCache } from '../../../server/src/cli/codeCache';

/** A CommonJS bundle of a few functions, as the CLI's is, that records what it was given. */
const bundle = (headline: string) => `
function headlineOf(story) { return story.headline.toUpperCase(); }
module.exports.headline = headlineOf({ headline: ${JSON.stringify(headline)} });
module.exports.file = __filename;
`;

function run(file: string, cache: string) {
  const compiled = compileCached(file, cache);
  const module = { exports: {} as { headline?: string; file?: string } };
  compiled.script.runInThisContext()(module.exports, require, module, file, path.dirname(file));
  return { ...compiled, exports: module.exports };
}

describe('the CLI bundle run from V8’s code cache', () => {
  let folder: string;
  let file: string;
  let cache: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'factcheck-code-cache-'));
    file = path.join(folder, 'bundle.js');
    cache = path.join(folder, 'bundle.cache');
    writeFileSync(file, bundle('Council rejects ferry fares'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('compiles without a cache, and from the cache it wrote on the next run, with the same result', () => {
    const first = run(file, cache);
    assert.equal(first.fromCache, false);
    saveCache(first, cache);
    const second = run(file, cache);
    assert.equal(second.fromCache, true);
    assert.deepEqual(second.exports, { headline: 'COUNCIL REJECTS FERRY FARES', file });
  });

  it('does not use the cache of another bundle of the same length (V8 itself compares only lengths)', () => {
    saveCache(run(file, cache), cache);
    writeFileSync(file, bundle('Council rejects ferry FEES!'));
    const other = run(file, cache);
    assert.equal(other.fromCache, false);
    assert.equal(other.exports.headline, 'COUNCIL REJECTS FERRY FEES!');
  });

  it('does not hand V8 a damaged cache (it would run it as it is)', () => {
    saveCache(run(file, cache), cache);
    const damaged = readFileSync(cache);
    for (let i = 16; i < damaged.length; i += 7) damaged[i] ^= 0xff;
    writeFileSync(cache, damaged);
    const again = run(file, cache);
    assert.equal(again.fromCache, false);
    assert.equal(again.exports.headline, 'COUNCIL REJECTS FERRY FARES');
  });

  it('runs without a cache when there is none to read or none can be written', () => {
    const nowhere = path.join(folder, 'no such folder', 'bundle.cache');
    const compiled = run(file, nowhere);
    assert.equal(compiled.fromCache, false);
    assert.doesNotThrow(() => saveCache(compiled, nowhere));
    writeFileSync(cache, 'short');
    assert.equal(run(file, cache).fromCache, false);
  });
});
