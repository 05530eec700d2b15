// What the server knows about one open article: its findings and claims for one version.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis/analyze';
import type { Finding } from '../analysis/finding';
import type { Claim } from '../ledger/slot';
import { documentFormat } from './documentFormat';

export interface ArticleState {
  version: number;
  findings: Finding[];
  claims: Claim[];
  /** Set when the document is not analysed (binary, too long). */
  refusal?: string;
}

export function analyseArticle(document: TextDocument): Finding[] {
  return analyze(document.getText(), { format: documentFormat(document.languageId, document.uri) });
}

/** Findings with no slot yet: every claim open. */
export function openClaims(findings: Finding[]): Claim[] {
  return findings.map((finding) => ({ status: 'open', range: { start: finding.start, end: finding.end }, finding }));
}
