// `npm run eval -- --held-out` scores only the documents the training scripts never read.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isHeldOut } from '../../../scripts/eval/corpus';
import { fnv1a } from '../../../server/src/analysis/engine/findingId';
import { Scratch } from '../../support/scratch';

const ROOT = path.resolve(__dirname, '../../..');

describe('eval --held-out', function () {
  this.timeout(30_000);
  const scratch = new Scratch();
  after(() => scratch.removeAll());

  it('keeps exactly the ids whose FNV-1a hash is divisible by 5', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `doc${i}`);
    const held = ids.filter((id) => isHeldOut({ id }));
    assert.deepEqual(held, ids.filter((id) => fnv1a(id) % 5 === 0));
    assert.ok(held.length > 0 && held.length < ids.length);
  });

  it('scores the held-out documents only, and says so', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `claim-${i}`);
    const text = 'Harbour fees rose 12% in 2025.';
    const lines = ids.map((id) => JSON.stringify({ id, text, spans: [{ start: 0, end: text.length, kind: 'checkworthy_claim' }] }));
    const corpus = path.join(scratch.dir('factcheck-eval'), 'tiny.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const held = ids.filter((id) => isHeldOut({ id })).length;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', corpus, '--held-out'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`held out: hash % 5 == 0, ${held} of 20\\): ${held} documents`));
    assert.match(run.stdout, new RegExp(`checkworthy_claim\\s+${held}\\s+${held}\\s`));
  });
});
