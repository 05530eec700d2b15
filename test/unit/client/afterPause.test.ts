// The claims of an article are asked for once the server pauses republishing it, not on every
// keystroke; another article's republishing does not hold them back.
import assert from 'node:assert/strict';
import { AfterPause, type Timers } from '../../../client/src/afterPause';

/** Timers that run when the test moves the clock on. */
class Clock implements Timers {
  now = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;

  set = (run: () => void, ms: number): unknown => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, run });
    return id;
  };

  clear = (timer: unknown): void => {
    this.timers.delete(timer as number);
  };

  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.now) continue;
      this.timers.delete(id);
      timer.run();
    }
  }
}

describe('asking for claims after a pause', () => {
  it('asks once for an article typed in every 100 ms, after the typing stops', () => {
    const clock = new Clock();
    const asked: string[] = [];
    const afterPause = new AfterPause((uri) => asked.push(`${uri} at ${clock.now}`), 300, clock);
    for (let keystroke = 0; keystroke < 20; keystroke++) {
      afterPause.trigger('file:///desk/harbour.md');
      clock.advance(100);
    }
    assert.deepEqual(asked, [], 'nothing while typing');
    clock.advance(200);
    assert.deepEqual(asked, ['file:///desk/harbour.md at 2200']);
  });

  it('asks for each article on its own', () => {
    const clock = new Clock();
    const asked: string[] = [];
    const afterPause = new AfterPause((uri) => asked.push(uri), 300, clock);
    afterPause.trigger('file:///desk/council.md');
    for (let keystroke = 0; keystroke < 5; keystroke++) {
      afterPause.trigger('file:///desk/harbour.md');
      clock.advance(100);
    }
    assert.deepEqual(asked, ['file:///desk/council.md'], 'the council article was republished once, 300 ms ago');
    clock.advance(300);
    assert.deepEqual(asked, ['file:///desk/council.md', 'file:///desk/harbour.md']);
  });

  it('asks for nothing once disposed', () => {
    const clock = new Clock();
    const asked: string[] = [];
    const afterPause = new AfterPause((uri) => asked.push(uri), 300, clock);
    afterPause.trigger('file:///desk/harbour.md');
    afterPause.dispose();
    clock.advance(1000);
    assert.deepEqual(asked, []);
  });
});
