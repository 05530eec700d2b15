import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { COLD_RUN_FLAGS } from '../../../server/src/cli/coldRunFlags';

describe('the V8 flags of a cold CLI run', () => {
  it('are all known to this Node’s V8, which would print an error for any other on every run', () => {
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of COLD_RUN_FLAGS) {
      const name = flag.replace(/^--(?:no-)?/, '').replace(/=.*$/, '');
      assert.match(known, new RegExp(`^\\s+--${name} \\(`, 'm'), flag);
    }
  });
});
