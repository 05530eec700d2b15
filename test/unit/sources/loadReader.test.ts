import assert from 'node:assert/strict';
import { loadReader } from '../../../server/src/sources/loadReader';
import { SourceReadError } from '../../../server/src/sources/readError';

describe('loading a source reader', () => {
  it('a reader that cannot be loaded is a read error that says so, not a crash', async () => {
    const missing = () => Promise.reject(new Error("Cannot find module './mammoth.js'"));
    await assert.rejects(loadReader('Word', missing), (error: Error) => error instanceof SourceReadError && /Word reader failed to load .*mammoth\.js/.test(error.message));
  });

  it('a reader that loads is handed back as loaded', async () => {
    const reader = { extract: () => 'text' };
    assert.equal(await loadReader('PDF', () => Promise.resolve(reader)), reader);
  });
});
