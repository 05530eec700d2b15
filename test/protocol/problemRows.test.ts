// What a checker reads in the Problems panel, over stdio: every row names the words of its claim,
// rows of one article can be told apart, and the severity follows what the desk must do.
import assert from 'node:assert/strict';
import { LspSession, textAt } from '../support/lspSession';

const URI = 'file:///newsroom/harbour.txt';

// Written for this test: a speaker quoted several times, facts nobody is credited with, dated
// figures, an allegation with a scare-quoted word (no quote: nobody said it), anonymous sourcing and a right of reply.
const ARTICLE = [
  'Harbour master Petra Lind said the quay would close in March.',
  '“We were never consulted,” she said. “They also want us to pay for the new cranes,” she added. “Nobody asked the pilots either,” she said.',
  'The council approved a budget of €4.2 million on 3 June 2025. The port handled 18% more cargo than in 2024.',
  'The contractor allegedly paid a so-called “consultant” to win the tender. The contractor did not respond to a request for comment.',
  'People familiar with the deal said the payments began in 2023.',
  'The ferry operator moved its office to Kiel last year. The company employs 340 people in the city. The new terminal opened in 2022 and cost twice the estimate. Its cranes were built in Shanghai.',
  '',
].join('\n');

describe('Problems rows over stdio', function () {
  let session: LspSession;
  afterEach(async () => session?.stop());

  it('names the claim’s own words in every row, so at least 95% of the rows differ', async () => {
    session = await LspSession.start();
    const { diagnostics } = await session.open(URI, ARTICLE);
    const rows = diagnostics.map((d) => String(d.message));
    assert.ok(rows.length >= 20, `a busy article: ${rows.length} rows`);
    assert.ok(new Set(rows).size / rows.length >= 0.95, `distinct rows:\n${rows.join('\n')}`);
    for (const d of diagnostics) {
      const quoted = /‘([^’]+)’/.exec(String(d.message))?.[1];
      assert.ok(quoted, `the row quotes words: ${d.message}`);
      const words = quoted.replace(/^…|…$/g, '');
      assert.ok(ARTICLE.replace(/\s+/g, ' ').includes(words), `“${words}” is in the article`);
    }
    const unattributed = diagnostics.filter((d) => d.code === 'unattributed').map((d) => String(d.message));
    assert.ok(unattributed.includes('Unattributed: ‘The company employs 340 people in the city’'), unattributed.join('\n'));
    const quotes = diagnostics.filter((d) => d.code === 'quote').map((d) => String(d.message));
    assert.ok(quotes.includes('Quote by Petra Lind: ‘They also want us to pay for the new cranes’'), quotes.join('\n'));
  });

  it('shows unattributed facts, dated figures and allegations as warnings, quotes as information', async () => {
    session = await LspSession.start();
    const { diagnostics } = await session.open(URI, ARTICLE);
    const severityOf = (code: string, words: string) => {
      const found = diagnostics.find((d) => d.code === code && textAt(ARTICLE, d.range).includes(words));
      assert.ok(found, `a ${code} on “${words}”`);
      return found.severity;
    };
    assert.equal(severityOf('unattributed', 'The company employs 340'), 2);
    assert.equal(severityOf('statistic', '3 June 2025'), 2);
    assert.equal(severityOf('allegation', 'allegedly'), 2);
    assert.equal(severityOf('anonymous-source', 'People familiar'), 2);
    assert.equal(severityOf('quote', 'We were never consulted'), 3);
  });

  it('gives a scare-quoted word no row of its own, whatever the quote setting', async () => {
    session = await LspSession.start({ settings: { severity: { quote: 'error' } } });
    const { diagnostics } = await session.open(URI, ARTICLE);
    assert.deepEqual(diagnostics.filter((d) => textAt(ARTICLE, d.range) === '“consultant”'), []);
    assert.ok(!diagnostics.some((d) => d.code === 'quote' && textAt(ARTICLE, d.range).includes('consultant')));
    assert.equal(diagnostics.find((d) => d.code === 'quote' && textAt(ARTICLE, d.range).includes('never consulted'))?.severity, 1);
  });
});
