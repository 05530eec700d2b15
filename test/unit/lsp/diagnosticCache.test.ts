import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { composeChanges, type TextChange } from '../../../server/src/analysis/engine/textChange';
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

describe('DiagnosticCache', function () {
  // 150 generated articles, each analysed through a dozen edits: seconds on a loaded 2-core machine.
  this.timeout(30_000);

  it('gives the same diagnostics as building them afresh, after every edit and severity change', () => {
    // Some versions are analysed but not published (a hover, a newer change already queued): the
    // cache then gets the changes of every update since its last build, composed.
    const step = fc.record({ edit, quiet: fc.boolean(), published: fc.boolean() });
    fc.assert(
      fc.property(article, fc.array(step, { maxLength: 12 }), (start, steps) => {
        const engine = new IncrementalAnalyzer('markdown');
        const cache = new DiagnosticCache();
        let text = start;
        let version = 0;
        let pending: TextChange | undefined;
        const analyse = () => {
          const { findings, change } = engine.analyse(text);
          pending = pending ? composeChanges(pending, change) : change;
          return findings;
        };
        const check = (settings: FactcheckSettings) => {
          const document = TextDocument.create('file:///article.md', 'markdown', version++, text);
          const claims = joinClaims(text, analyse(), []);
          const fresh = TextDocument.create('file:///article.md', 'markdown', version, text);
          assert.deepEqual(cache.build(document, claims, settings, pending!), claimDiagnostics(fresh, claims, settings));
          pending = undefined;
        };
        check(DEFAULT_SETTINGS);
        for (const { edit: { at, remove, insert }, quiet, published } of steps) {
          const offset = Math.floor(at * text.length);
          text = text.slice(0, offset) + insert + text.slice(offset + remove);
          if (published) check(quiet ? QUIET : DEFAULT_SETTINGS);
          else analyse();
        }
        check(DEFAULT_SETTINGS);
      }),
      { numRuns: 150 },
    );
  });

  it('reuses the diagnostics of findings before an edit and of those that only moved with the text, and rebuilds those of the edited line', () => {
    const text = 'Petra Lind said the quay would close.\n\nCosts rose 18% last year.\n\nThe ferry company did not respond to a request for comment.\n';
    const engine = new IncrementalAnalyzer('markdown');
    const cache = new DiagnosticCache();
    const before = engine.analyse(text);
    const first = cache.build(TextDocument.create('file:///a.md', 'markdown', 1, text), joinClaims(text, before.findings, []), DEFAULT_SETTINGS, before.change);
    const edited = text.replace('Costs rose', 'Costs quickly rose');
    const after = engine.analyse(edited);
    const second = cache.build(TextDocument.create('file:///a.md', 'markdown', 2, edited), joinClaims(edited, after.findings, []), DEFAULT_SETTINGS, after.change);
    const onEditedLine = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.range.start.line === 2);
    assert.ok(first.length >= 3 && onEditedLine(first));
    assert.equal(second[0], first[0]);
    assert.notEqual(onEditedLine(second), onEditedLine(first));
    // Its words only moved, on lines of their own: the same diagnostic, its finding's id included.
    assert.equal(second.at(-1), first.at(-1));
  });

  it('builds a step at a time, and a build dropped half-way or overtaken leaves what the next one reuses as it was', () => {
    // 300 paragraphs of the pieces above: several hundred claims, many steps.
    const text = Array.from({ length: 300 }, (_, i) => PIECES[i % 7]).join('\n\n');
    const engine = new IncrementalAnalyzer('markdown');
    const cache = new DiagnosticCache();
    const before = engine.analyse(text);
    cache.build(TextDocument.create('file:///a.md', 'markdown', 1, text), joinClaims(text, before.findings, []), DEFAULT_SETTINGS, before.change);
    const edited = `Costs rose 4%.\n\n${text.replace('quay', 'old quay')}`;
    const after = engine.analyse(edited);
    const document = TextDocument.create('file:///a.md', 'markdown', 2, edited);
    const claims = joinClaims(edited, after.findings, []);
    const fresh = claimDiagnostics(TextDocument.create('file:///a.md', 'markdown', 2, edited), claims, DEFAULT_SETTINGS);
    // Dropped after its first step (a newer version came).
    const dropped = cache.buildSteps(document, claims, DEFAULT_SETTINGS, after.change);
    assert.equal(dropped.next().done, false);
    // Overtaken: begun, then another build of the same version runs to its end first.
    const overtaken = cache.buildSteps(document, claims, DEFAULT_SETTINGS, after.change);
    let steps = 0;
    assert.equal(overtaken.next().done, false);
    assert.deepEqual(cache.build(document, claims, DEFAULT_SETTINGS, after.change), fresh);
    for (let step = overtaken.next(); ; step = overtaken.next(), steps++) {
      if (step.done) {
        assert.deepEqual(step.value, fresh);
        break;
      }
    }
    assert.ok(steps >= 2, `${steps} more steps`);
  });
});
