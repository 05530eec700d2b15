import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { bareUrls } from '../../../server/src/analysis/prose/bareUrls';
import { extractProse, type DocumentFormat } from '../../../server/src/analysis/prose/prose';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { at, rows } from './spans';

/** The addresses bareUrls finds in `text`, as written. */
function addresses(text: string): string[] {
  return bareUrls(text).map((url) => text.slice(url.start, url.end));
}

describe('bare web addresses', () => {
  it('are no prose in plain text: a short link gives no statistic and no claim', () => {
    const text = 'Full ruling: http://courts.example/8841qZt\nMore at www.courts.example/2019/appeals.html\n';
    assert.deepEqual(analyze(text), []);
    assert.equal(extractProse(text, 'plaintext').text.length, text.length, 'blanked with as many spaces');
  });

  it('leave a finding after them on the same line at its exact place', () => {
    const text = 'Timetables: http://ferries.example/4471x Fares rose 12% in June, the operator said.';
    assert.deepEqual(rows(text, analyze(text)), [
      at('statistic', text, '12%'),
      at('statistic', text, 'June'),
      at('attribution', text, 'the operator said'),
    ]);
  });

  it('end before the full stop that ends the sentence, which still ends it', () => {
    const text = 'The figures are at http://stats.example/t12. The harbour lost 300 jobs, the union said.';
    assert.deepEqual(addresses(text), ['http://stats.example/t12']);
    const prose = extractProse(text, 'plaintext').text;
    assert.deepEqual(
      splitSentences(prose).map((s) => prose.slice(s.start, s.end).replace(/ +/g, ' ')),
      ['The figures are at .', 'The harbour lost 300 jobs, the union said.'],
    );
  });

  it('leave out punctuation, closing quotes and parentheses that belong to the sentence', () => {
    const text = [
      'Was it www.pier.example/a1? Yes, http://pier.example/b2! See',
      '(http://pier.example/c3), http://pier.example/wiki/Pier_(1932) and',
      '‘http://pier.example/d4’ or &ldquo;http://pier.example/e5&rdquo; or “www.pier.example/f6”:',
      'http://pier.example/q?a=1&amp;b=2; www. alone is none.',
    ].join(' ');
    assert.deepEqual(addresses(text), [
      'www.pier.example/a1',
      'http://pier.example/b2',
      'http://pier.example/c3',
      'http://pier.example/wiki/Pier_(1932)',
      'http://pier.example/d4',
      'http://pier.example/e5',
      'www.pier.example/f6',
      'http://pier.example/q?a=1&amp;b=2',
    ]);
  });

  it('are no prose in an HTML text node after character references, and the map still places what follows', () => {
    const html = '<p>Tea &amp; toast &ndash; menu at www.cafe.example/77rq. The caf&eacute; sold 420 cups on Sunday.</p>';
    const prose = extractProse(html, 'html').text;
    assert.ok(!prose.includes('cafe.example'), prose);
    assert.deepEqual(rows(html, analyze(html, { format: 'html' })), [
      at('unattributed', html, 'The caf&eacute; sold 420 cups on Sunday.'),
      at('statistic', html, '420'),
    ]);
  });

  it('keep Markdown as it was: link targets blanked, a reference inside an address left as written', () => {
    const markdown = 'See [the audit](https://audit.example/7) and http://audit.example/q?a=1&amp;b=2 &ndash; 40 pages.';
    const prose = extractProse(markdown, 'markdown');
    assert.equal(prose.text.replace(/ +/g, ' '), 'See the audit and – 40 pages.');
    assert.deepEqual(rows(markdown, analyze(markdown, { format: 'markdown' }), ['statistic']), [at('statistic', markdown, '40')]);
  });

  for (const format of ['plaintext', 'markdown', 'html'] as DocumentFormat[]) {
    it(`typed into a line one key at a time, give what a fresh analysis gives (${format})`, () => {
      const engine = new IncrementalAnalyzer(format);
      const before = 'The ferry was late.\n\nRead more: ';
      const after = '\n\nFares rose 12% in June, the operator said.\n';
      const url = 'http://ferries.example/2176fPm. Prices rose.';
      for (let typed = 0; typed <= url.length; typed++) {
        const text = before + url.slice(0, typed) + after;
        assert.deepEqual(engine.update(text), analyze(text, { format }), `after typing ${JSON.stringify(url.slice(0, typed))}`);
      }
    });

    it(`completed by one key in a plain line, give what a fresh analysis gives (${format})`, () => {
      for (const [unfinished, completed] of [['http//ferries.example/2176', 'http://ferries.example/2176'], ['ww.ferries.example/2176', 'www.ferries.example/2176']]) {
        const engine = new IncrementalAnalyzer(format);
        const text = `The ferry was late.\n\nRead more at ${unfinished} now.\n`;
        engine.update(text);
        const typed = text.replace(unfinished, completed);
        assert.deepEqual(engine.update(typed), analyze(typed, { format }), typed);
      }
    });
  }
});
