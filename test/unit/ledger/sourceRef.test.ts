// A sidecar committed to git is as untrusted as the article: the parser applies the same checks
// to a source as editSlot does, so a hostile address or an oversized title never loads.
import assert from 'node:assert/strict';
import { anchorAt } from '../../../server/src/ledger/anchor';
import { formatSidecar } from '../../../server/src/ledger/sidecarFormat';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import type { SourceRef } from '../../../server/src/ledger/slot';
import { sourceRefProblem } from '../../../server/src/ledger/sourceRef';
import { ACCEPTED_HOSTILE_URLS, REFUSED_URLS } from '../../support/hostile';

const TEXT = 'Ridership rose 12% in 2025, the operator said.\n';
const NOW = '2026-11-30T10:00:00.000Z';

function sidecarWith(source: SourceRef): string {
  return formatSidecar('trams.txt', [{ id: 'a1', kind: 'statistic', anchor: anchorAt(TEXT, { start: 0, end: 26 }), sources: [source], created: NOW, modified: NOW }]);
}

describe('source checks', () => {
  it('the parser refuses each hostile address, naming the field', () => {
    for (const target of REFUSED_URLS) {
      const parsed = parseSidecar(sidecarWith({ kind: 'url', target }));
      assert.ok(!parsed.ok, target);
      assert.match(parsed.problems[0].message, /field "body\[1\]\.source"/, target);
    }
  });

  it('the parser loads addresses that parse as http(s), however odd: they are made safe where written out', () => {
    for (const target of ACCEPTED_HOSTILE_URLS) assert.ok(parseSidecar(sidecarWith({ kind: 'url', target })).ok, target);
  });

  it('caps titles and excerpts, and refuses absolute or scheme file paths and control characters', () => {
    const refused: SourceRef[] = [
      { kind: 'url', target: 'https://e.org/', title: 't'.repeat(501) },
      { kind: 'url', target: 'https://e.org/', excerpt: 'e'.repeat(10_001) },
      { kind: 'file', target: '/etc/passwd' },
      { kind: 'file', target: 'C:\\Windows\\win.ini' },
      { kind: 'file', target: 'file:///etc/hostname' },
      { kind: 'file', target: 'docs/\u202Etxt.exe' },
      { kind: 'file', target: `${'a/'.repeat(600)}x` },
    ];
    for (const source of refused) {
      assert.ok(sourceRefProblem(source), JSON.stringify(source).slice(0, 60));
      assert.ok(!parseSidecar(sidecarWith(source)).ok, JSON.stringify(source).slice(0, 60));
    }
  });
});
