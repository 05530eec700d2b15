// Expectations on findings, written as text of the article: "a quote diagnostic covering exactly
// this", "an allegation diagnostic covering this phrase". Positions come from the document itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import type { DocumentFormat } from '../../../server/src/analysis/prose/prose';
import { DEFAULT_SEVERITY } from '../../../server/src/article/settings';
import { onePerSpan } from '../../../server/src/lsp/spanDiagnostics';

export interface ExpectedFinding {
  kind: string;
  /** The diagnostic's range is exactly this text. */
  exactly?: string;
  /** The diagnostic's range contains this text. */
  covers?: string;
  /** Which occurrence of the text, when it appears more than once (0-based). */
  occurrence?: number;
}

export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(text, at + 1);
    assert.notEqual(at, -1, `the article contains “${text}” (occurrence ${occurrence})`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

export function describeDiagnostic(document: vscode.TextDocument, d: vscode.Diagnostic): string {
  return `${String(d.code)} “${document.getText(d.range)}” ${d.range.start.line}:${d.range.start.character}`;
}

/** Fails with every diagnostic listed when no diagnostic of the kind sits where expected. */
export function assertFinding(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[], expected: ExpectedFinding): vscode.Diagnostic {
  const target = rangeOf(document, (expected.exactly ?? expected.covers)!, expected.occurrence);
  const match = diagnostics.find(
    (d) => d.code === expected.kind && (expected.exactly ? d.range.isEqual(target) : d.range.contains(target)),
  );
  assert.ok(
    match,
    `expected a ${expected.kind} diagnostic ${expected.exactly ? 'exactly on' : 'covering'} “${expected.exactly ?? expected.covers}”; got:\n  ` +
      diagnostics.map((d) => describeDiagnostic(document, d)).join('\n  '),
  );
  return match;
}

/**
 * The findings the analysis engine gives for this text, as "kind start-end" offsets, limited to
 * the kinds shown by default: what the diagnostics must match after the trip through LSP positions.
 */
const SEVERITY_NUMBER = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/**
 * The findings the engine reports, as the editor shows them: findings on the same words joined
 * into one diagnostic, the most severe kind's (the server's own rule, spanDiagnostics.ts).
 */
export function engineFindings(text: string, format: DocumentFormat): string[] {
  const entries = analyze(text, { format })
    .filter((f) => DEFAULT_SEVERITY[f.kind] !== 'off')
    .map((f) => {
      const severity = DEFAULT_SEVERITY[f.kind] as keyof typeof SEVERITY_NUMBER;
      const key = `${f.kind} ${f.start}-${f.end}`;
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return { diagnostic: { range, severity: SEVERITY_NUMBER[severity], code: f.kind, message: key, data: { findingId: key } }, claim: { status: 'open' as const, range: { start: f.start, end: f.end }, finding: f } };
    });
  return onePerSpan(entries)
    .map((d) => (d.data as { findingId: string }).findingId)
    .sort();
}

export function diagnosticFindings(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => typeof d.code === 'string' && d.code in DEFAULT_SEVERITY)
    .map((d) => `${String(d.code)} ${document.offsetAt(d.range.start)}-${document.offsetAt(d.range.end)}`)
    .sort();
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
