// Checks an article's claims against their source documents in this thread, file by file: the
// CLI's way (a batch job). The editor asks a worker thread instead (lsp/sourceChecks.ts).
import type { Claim } from '../ledger/slot';
import { bestChecks, byFile, checkWants, type Answer, type ClaimCheck } from './claimChecks';
import { SourceReadError } from './readError';
import type { SourceLibrary } from './sourceLibrary';

export async function runClaimChecks(library: SourceLibrary, text: string, claims: Claim[], articlePath: string | undefined): Promise<Map<string, ClaimCheck>> {
  const wants = checkWants(text, claims, articlePath);
  const known = new Map<string, Map<string, Answer>>();
  for (const [file, queries] of byFile(wants)) {
    const answers = new Map<string, Answer>();
    known.set(file, answers);
    try {
      const result = await library.check(file, queries);
      queries.forEach((query, i) => answers.set(query.key, result.answers[i]));
    } catch (error) {
      if (!(error instanceof SourceReadError)) throw error;
      for (const query of queries) answers.set(query.key, { problem: `${error.message}` });
    }
  }
  return bestChecks(wants, (want) => known.get(want.path)?.get(want.query.key));
}
