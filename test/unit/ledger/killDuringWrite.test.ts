// A writer killed (SIGKILL) at random moments of its writes, round after round: the sidecar always
// parses, no slot already written is lost, the next write is not held up by the lock it left, and
// its temporary files are cleaned up. FACTCHECK_KILL_ROUNDS sets the number of rounds (npm run
// test:fuzz runs many more).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import { LedgerStore } from '../../../server/src/ledger/store';
import { numberedArticle } from './support/article';

const ROUNDS = Number(process.env.FACTCHECK_KILL_ROUNDS ?? 6);
const CLAIMS = 400;

/** Starts a writer and kills it after it has reported `writes` writes, plus up to 3 ms into the next. */
function writeThenKill(article: string, first: number, writes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'support', 'ledgerWriter.ts'), article, String(first), '1', String(CLAIMS), 'killed'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').filter(Boolean).length;
      if (seen >= writes) setTimeout(() => child.kill('SIGKILL'), Math.random() * 3);
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

describe('a writer killed during writes', function () {
  this.timeout(30_000 + ROUNDS * 15_000);
  let folder: string;
  before(async () => {
    folder = await fs.mkdtemp(join(tmpdir(), 'factcheck-kill-'));
  });
  after(() => fs.rm(folder, { recursive: true, force: true }));

  it(`never corrupts the sidecar, loses a slot or blocks the next write (${ROUNDS} rounds)`, async () => {
    const { text, claims } = numberedArticle(CLAIMS);
    const article = join(folder, 'depots.md');
    const sidecar = `${article}.factcheck.json`;
    await fs.writeFile(article, text);
    let kept = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await writeThenKill(article, (round * 37) % 300, 1 + Math.floor(Math.random() * 4));
      const parsed = parseSidecar(await fs.readFile(sidecar, 'utf8'));
      assert.ok(parsed.ok, `round ${round}: ${parsed.ok ? '' : parsed.problems[0].message}`);
      assert.ok(parsed.sidecar.slots.length >= kept, `round ${round}: ${kept} slots before, ${parsed.sidecar.slots.length} after`);
      // The next writer gets through although the killed one may have left its lock and temporary file.
      const next = await new LedgerStore({ lockTimeoutMs: 5000 }).edit(article, text, {
        target: { finding: { kind: 'statistic', ...claims[399 - round] } },
        change: { type: 'addSource', source: { kind: 'url', target: `https://after.example/${round}` } },
      });
      assert.ok(next.ok, `round ${round}: ${JSON.stringify(next)}`);
      assert.deepEqual((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock')), [], `round ${round}`);
      assert.ok(next.state.slots.length > parsed.sidecar.slots.length, `round ${round}: the next write kept every slot and added its own`);
      kept = next.state.slots.length;
    }
  });
});
