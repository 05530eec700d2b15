// The client's crash policy: restart the server after a crash, give up after the fifth crash in
// three minutes, count afresh when crashes are further apart or the user restarts it.
import assert from 'node:assert/strict';
import { CrashCounter, LogTail, MAX_RESTARTS } from '../../../client/src/serverCrashes';

describe('server crash policy', () => {
  it('restarts four times, then gives up on the fifth crash within three minutes', () => {
    let now = 0;
    const counter = new CrashCounter(() => now);
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, () => {
      now += 10_000;
      return counter.record();
    });
    assert.deepEqual(decisions, ['restart', 'restart', 'restart', 'restart', 'give-up']);
    counter.reset();
    assert.equal(counter.record(), 'restart', 'a restart by the user counts afresh');
  });

  it('keeps restarting a server that crashes less often than that', () => {
    let now = 0;
    const counter = new CrashCounter(() => now);
    for (let i = 0; i < 20; i++) {
      now += 50_000;
      assert.equal(counter.record(), 'restart', `crash ${i + 1}`);
    }
  });

  it("names the server's last error from its stderr, not a stack line", () => {
    const tail = new LogTail(5);
    for (const line of ['starting', '/srv/dist/server.js:1', 'RangeError: Maximum call stack size exceeded', '    at analyse (server.js:10:5)', '    at run (server.js:20:3)']) tail.add(line);
    assert.equal(tail.lastError(), 'RangeError: Maximum call stack size exceeded');
    for (let i = 0; i < 6; i++) tail.add(`line ${i}`);
    assert.equal(tail.text().split('\n').length, 5, 'keeps only the last lines');
    assert.equal(tail.lastError(), 'line 5');
  });
});
