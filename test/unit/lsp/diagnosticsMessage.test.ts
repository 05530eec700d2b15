import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { composeChanges, type TextChange } from '../../../server/src/analysis/engine/textChange';
import { joinClaims } from '../../../server/src/ledger/join';
import { DiagnosticCache } from '../../../server/src/lsp/diagnostics';
import { messageEncoder, publishBytes } from '../../../server/src/lsp/diagnosticsMessage';
import { DEFAULT_SETTINGS } from '../../../server/src/article/settings';

// Sentences written for this test: speakers, quotes with curly marks, figures, emoji, CJK, line breaks.
const PIECES = [
  'Harbour master Petra Lind said the quay would close.',
  '“We were never consulted,” she said.',
  '"The numbers are \\ wrong," he added.',
  'Sources close to the board said 300 jobs were at risk.',
  'Costs rose 18% to €2.4 million 😀 in 2025.',
  '港口 officials declined to comment.',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  'x',
];
const piece = fc.constantFrom(...PIECES);
const article = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 30 }), insert: fc.oneof(piece, article) });

const publish = (uri: string, version: number, diagnostics: Diagnostic[]) => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics' as const,
  params: { uri, version, diagnostics },
});

describe('publishDiagnostics encoding', function () {
  this.timeout(30_000);

  it('parses to the same message as JSON.stringify gives, publish after publish through edits', () => {
    fc.assert(
      fc.property(article, fc.array(edit, { maxLength: 10 }), (start, edits) => {
        const engine = new IncrementalAnalyzer('markdown');
        const cache = new DiagnosticCache();
        let text = start;
        let pending: TextChange | undefined;
        for (let version = 0; version <= edits.length; version++) {
          if (version > 0) {
            const { at, remove, insert } = edits[version - 1];
            const offset = Math.floor(at * text.length);
            text = text.slice(0, offset) + insert + text.slice(offset + remove);
          }
          const { findings, change } = engine.analyse(text);
          pending = pending ? composeChanges(pending, change) : change;
          const document = TextDocument.create('file:///a “b”.md', 'markdown', version, text);
          const message = publish(document.uri, version, cache.build(document, joinClaims(text, findings, []), DEFAULT_SETTINGS, pending));
          pending = undefined;
          assert.deepEqual(JSON.parse(publishBytes(message).toString('utf8')), JSON.parse(JSON.stringify(message)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('copies a diagnostic sent before, also into another document’s message, and leaves other messages to JSON.stringify', async () => {
    const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'Quote by Jo: ‘ok’ 😀', data: { findingId: 'quote-0-x' } };
    const first = publishBytes(publish('file:///one.md', 1, [diagnostic]));
    const second = publishBytes(publish('file:///two.md', 7, [diagnostic, { ...diagnostic, data: undefined }]));
    assert.deepEqual(JSON.parse(first.toString()).params.diagnostics, [diagnostic]);
    assert.deepEqual(JSON.parse(second.toString()), { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///two.md', version: 7, diagnostics: [diagnostic, { range: diagnostic.range, message: diagnostic.message }] } });
    const hover = { jsonrpc: '2.0', id: 3, result: { contents: 'Speaker: “Jo”' } };
    const encoded = await messageEncoder.encode(hover, { charset: 'utf-8' });
    assert.deepEqual(JSON.parse(Buffer.from(encoded).toString()), hover);
  });
});
