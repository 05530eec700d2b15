import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { joinClaims } from '../../../server/src/ledger/join';
import { claimDiagnostics, DiagnosticCache } from '../../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS, type FactcheckSettings } from '../../../server/src/article/settings';

// Sentences written for this test: speakers named and referred back to, quotes, figures, cues.
const PIECES = [
  'Harbour master Petra Lind said the quay would close.',
  '“We were never consulted,” she said.',
  '"The numbers are wrong," he added.',
  'Sources close to the board said 300 jobs were at risk.',
  'The ferry company did not respond to a request for comment.',
  'Costs rose 18% to €2.4 million 😀 in 2025.',
  '港口 officials declined to comment.',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  'x',
];
const piece = fc.constantFrom(...PIECES);
const article = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.oneof(piece, article) });

const QUIET: FactcheckSettings = { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, statistic: 'off', quote: 'hint' } };

describe('DiagnosticCache', () => {
  it('gives the same diagnostics as building them afresh, after every edit and severity change', () => {
    fc.assert(
      fc.property(article, fc.array(fc.tuple(edit, fc.boolean()), { maxLength: 12 }), (start, edits) => {
        const engine = new IncrementalAnalyzer('markdown');
        const cache = new DiagnosticCache();
        let text = start;
        let version = 0;
        const check = (settings: FactcheckSettings) => {
          const document = TextDocument.create('file:///article.md', 'markdown', version++, text);
          const claims = joinClaims(text, engine.update(text), []);
          const fresh = TextDocument.create('file:///article.md', 'markdown', version, text);
          assert.deepEqual(cache.build(document, claims, settings), claimDiagnostics(fresh, claims, settings));
        };
        check(DEFAULT_SETTINGS);
        for (const [{ at, remove, insert }, quiet] of edits) {
          const offset = Math.floor(at * text.length);
          text = text.slice(0, offset) + insert + text.slice(offset + remove);
          check(quiet ? QUIET : DEFAULT_SETTINGS);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reuses the diagnostics of findings before an edit, and rebuilds those after it', () => {
    const text = 'Petra Lind said the quay would close.\n\nCosts rose 18% last year.\n\nThe ferry company did not respond to a request for comment.\n';
    const engine = new IncrementalAnalyzer('markdown');
    const cache = new DiagnosticCache();
    const first = cache.build(TextDocument.create('file:///a.md', 'markdown', 1, text), joinClaims(text, engine.update(text), []), DEFAULT_SETTINGS);
    const edited = text.replace('Costs rose', 'Costs quickly rose');
    const second = cache.build(TextDocument.create('file:///a.md', 'markdown', 2, edited), joinClaims(edited, engine.update(edited), []), DEFAULT_SETTINGS);
    assert.ok(first.length >= 3);
    assert.equal(second[0], first[0]);
    assert.notEqual(second.at(-1), first.at(-1));
    assert.deepEqual(second.at(-1)?.range, first.at(-1)?.range);
  });
});
