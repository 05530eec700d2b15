// Run as a separate process by the store tests: a second server writing the same sidecar.
// Arguments: article path, first claim, step, count, source prefix. Prints each claim number once
// its write is done, so a test can kill it in the middle of the next.
import { LedgerStore } from '../../../../server/src/ledger/store';
import { numberedArticle } from './article';

async function main(): Promise<void> {
  const [articlePath, first, step, total, prefix] = process.argv.slice(2);
  const { text, claims } = numberedArticle(Number(total));
  const store = new LedgerStore({ creator: prefix });
  for (let i = Number(first); i < claims.length; i += Number(step)) {
    const result = await store.edit(articlePath, text, {
      target: { finding: { kind: 'statistic', ...claims[i] } },
      change: { type: 'addSource', source: { kind: 'url', target: `https://${prefix}.example/${i}` } },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    process.stdout.write(`${i}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
