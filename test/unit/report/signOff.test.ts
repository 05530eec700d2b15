import assert from 'node:assert/strict';
import { humanDate, humanDateTime } from '../../../server/src/report/dates';
import { readiness, readinessLine } from '../../../server/src/report/readiness';

describe('report sign-off', () => {
  it('writes dates as words in the locale and zone asked for; a bare day stays that day everywhere', () => {
    assert.equal(humanDateTime('2026-12-01T10:19:52.566Z', { locale: 'en-GB', timeZone: 'UTC' }), '1 December 2026 at 10:19');
    assert.equal(humanDateTime('2026-12-01T10:19:52.566Z', { locale: 'en-US', timeZone: 'America/New_York' }), 'December 1, 2026 at 5:19 AM');
    assert.equal(humanDate('2026-12-01', { locale: 'en-GB', timeZone: 'Pacific/Honolulu' }), '1 December 2026');
    assert.equal(humanDateTime('last Tuesday', { locale: 'en-GB' }), 'last Tuesday', 'not a date: shown as written');
    assert.equal(humanDate('2026-12-01', { locale: 'xx-invalid-!!', timeZone: 'Nowhere/Atlantis' }).includes('2026'), true, 'a bad locale or zone falls back');
  });

  it('is ready only with nothing open, stale, orphaned or found false or misleading', () => {
    const done = readiness([{ status: 'resolved', verdict: 'verified' }, { status: 'dismissed' }]);
    assert.equal(done.ready, true);
    assert.equal(readinessLine(done), 'Ready for sign-off: 1 checked, 1 dismissed');
    const open = readiness([{ status: 'open' }, { status: 'resolved', verdict: 'false' }, { status: 'orphaned' }, { status: 'resolved', verdict: 'partly-true' }, { status: 'stale', verdict: 'verified' }]);
    assert.deepEqual(open, { ready: false, open: 1, stale: 1, orphaned: 1, disputed: 1, resolved: 2, dismissed: 0 });
    assert.equal(readinessLine(open), 'Not ready: 1 open, 1 stale, 1 disputed (false or misleading), 1 orphaned');
    assert.equal(readiness([{ status: 'stale', verdict: 'verified' }]).ready, false, 'a stale verdict alone blocks sign-off');
  });
});
