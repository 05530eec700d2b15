// An article on disk with everything the CLI and report export need: its text, its findings
// joined with the ledger beside it (verdicts on changed evidence files marked stale), or the reason
// it could not be read.
import { analyze } from '../analysis/engine/analyze';
import type { ProjectLexicon } from '../analysis/lexicons/projectLexicon';
import type { DocumentFormat } from '../analysis/prose/prose';
import { readArticle } from './readArticle';
import { joinClaims } from '../ledger/join';
import { withEvidenceChecks } from '../ledger/evidenceStaleness';
import { EvidenceChecker } from '../evidence/evidenceChecker';
import type { Claim } from '../ledger/slot';
import type { LedgerStore } from '../ledger/store';
import { describePosition } from '../position/textPosition';
import { documentFormat } from './documentFormat';
import { DEFAULT_SETTINGS } from './settings';
import { thousands } from './thousands';

export type ArticleFile =
  | {
      ok: true;
      path: string;
      text: string;
      format: DocumentFormat;
      claims: Claim[];
      /** Set when the sidecar could not be parsed: the claims then carry no slots. */
      ledgerProblem?: string;
    }
  | { ok: false; path: string; error: string };

export interface ArticleFileOptions {
  /** The article's text when it is already known; read from `path` otherwise. */
  text?: string;
  /** The project file's lexicon that applies to the article. */
  lexicon?: ProjectLexicon;
  /** Checks the workspace files its verdicts rest on; one may be shared by many articles. */
  evidence?: EvidenceChecker;
  /** Longer articles are refused, as the editor refuses them (factcheck.maxDocumentLength). */
  maxLength?: number;
  /**
   * False when hedge findings are not shown (their severity is off): they are then not looked for,
   * unless the ledger holds a slot on one, which must still find its hedge.
   */
  hedges?: boolean;
}

export async function loadArticleFile(path: string, store: LedgerStore, options: ArticleFileOptions = {}): Promise<ArticleFile> {
  let content = options.text;
  if (content === undefined) {
    const read = await readArticle(path);
    if (!read.ok) return { ok: false, path, error: read.error };
    content = read.text;
  }
  const maxLength = options.maxLength ?? DEFAULT_SETTINGS.maxDocumentLength;
  if (content.length > maxLength) {
    return { ok: false, path, error: `has ${thousands(content.length)} characters, more than the limit of ${thousands(maxLength)}; not analysed (raise it with --max-length)` };
  }
  const format = documentFormat('', path);
  const ledger = await store.load(path);
  const slots = ledger.readable ? ledger.slots : [];
  const hedges = options.hedges ?? true;
  const findings = analyze(content, { format, lexicon: options.lexicon, hedges: hedges || slots.some((slot) => slot.kind === 'hedge') });
  const checks = await (options.evidence ?? new EvidenceChecker()).check(path, slots);
  const claims = withEvidenceChecks(joinClaims(content, findings, slots), checks);
  if (ledger.readable) return { ok: true, path, text: content, format, claims };
  const problem = ledger.problems[0];
  const ledgerProblem = `${ledger.sidecarPath} cannot be read${problem ? ` (${describePosition(problem)}: ${problem.message})` : ''}`;
  return { ok: true, path, text: content, format, claims, ledgerProblem };
}
