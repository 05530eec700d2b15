import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { claimRow, claimTask, quoteWords, shortWords } from '../../../server/src/report/claimWords';

describe('claim words', () => {
  it('flattens the words, drops their own quotation marks and cuts at a word with an ellipsis', () => {
    assert.equal(shortWords('  “It will\n hold,”  '), 'It will hold');
    assert.equal(shortWords('The quay closes.'), 'The quay closes');
    const long = 'The ferry operator moved its registered office to Kiel after the harbour board refused a lease';
    const cut = shortWords(long, 40);
    assert.ok(cut.endsWith('…') && cut.length <= 41 && long.startsWith(cut.slice(0, -1)), cut);
    assert.equal(quoteWords('x'), '‘x’');
    assert.equal(shortWords(`“${'x'.repeat(38)}.”`, 40), 'x'.repeat(38), 'closing marks come off a text that fits');
    assert.equal(shortWords('He called the dockers “cowards.”'), 'He called the dockers “cowards”', 'a quotation opened inside keeps its closing mark');
    assert.equal(shortWords("Mayor says the fire was an 'accident.'"), "Mayor says the fire was an 'accident'");
    assert.equal(shortWords('She said the pier was "unsafe."'), 'She said the pier was "unsafe"');
    assert.equal(shortWords('The dockers’ union called it ‘theft.’'), 'The dockers’ union called it ‘theft’', 'an apostrophe is no closing mark');
    assert.equal(shortWords(`“ “${'quay '.repeat(100_000)}”`, 20), 'quay quay quay quay…', 'a 500 KB sentence is read only as far as it shows');
  });

  it('names each finding by kind, speaker and its own words', () => {
    const text = 'Harbour master Petra Lind said the quay would close.\n“We were never consulted,” she said.\nThe port handled 18% more cargo in 2024. The contractor allegedly paid a so-called “consultant”.\n';
    const rows = analyze(text, { format: 'plaintext' }).map((finding) => `${finding.kind} ${claimRow(text, finding)}`);
    assert.ok(rows.includes('quote Quote by Petra Lind: ‘We were never consulted’'), rows.join('\n'));
    assert.ok(rows.includes('attribution Attributed to Harbour master Petra Lind: ‘the quay would close’'), rows.join('\n'));
    assert.ok(rows.includes('statistic Statistic ‘18%’ in ‘The port handled 18% more cargo in 2024’'), rows.join('\n'));
    assert.ok(rows.includes('statistic Date ‘2024’ in ‘The port handled 18% more cargo in 2024’'), rows.join('\n'));
    assert.ok(rows.includes('allegation Allegation: ‘allegedly paid a so-called “consultant”’'), rows.join('\n'));
    // Words quoted as a term are no quote: nobody to ask, no row.
    assert.ok(!rows.some((row) => row.startsWith('quote') && row.includes('consultant')), rows.join('\n'));
  });

  it('names the source a speaker’s words are reported from, and asks to confirm it', () => {
    const text = 'As Ms Okafor told her staff, according to the tribunal filing, the ledger was altered.';
    const [finding] = analyze(text, { format: 'plaintext' });
    assert.equal(claimRow(text, finding), 'Attributed to Ms Okafor, according to the tribunal filing: ‘the ledger was altered’');
    assert.equal(claimTask(finding.message), 'confirm the filing says it');
  });

  it('names who alleges it when the sentence says so', () => {
    const text = 'The skipper allegedly ignored the storm warning, according to a complaint by the harbour board.\n';
    const rows = analyze(text, { format: 'plaintext' }).map((finding) => claimRow(text, finding));
    assert.ok(rows.some((row) => /^Allegation by .*harbour board.*: ‘allegedly ignored the storm warning/.test(row)), rows.join('\n'));
  });

  it('keeps only the task of a message: the lead and the cue are on the row already', () => {
    assert.equal(claimTask('Attributed to Ana Ruiz — needs a source'), 'needs a source');
    assert.equal(claimTask("Date — '2024': is the date right, and where is it recorded?"), 'is the date right, and where is it recorded?');
    assert.equal(claimTask("Right of reply — 'didn't respond': when and how was the subject asked?"), 'when and how was the subject asked?');
    assert.equal(claimTask('Attributed to the Tyne — Wear board — confirm the board says it'), 'confirm the board says it');
    assert.equal(claimTask('Unattributed claim: who says so, and where is it documented?'), 'who says so, and where is it documented?');
    assert.equal(claimTask('Scare quote — quoted words with no speaker'), 'quoted words with no speaker');
  });
});
