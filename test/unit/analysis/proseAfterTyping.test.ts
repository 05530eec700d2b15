import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractProse, proseAfterTyping, type DocumentFormat } from '../../../server/src/analysis/prose/prose';
import { commonPrefixLength, commonSuffixLength } from '../../../server/src/analysis/engine/textChange';

// Lines of prose and of every kind of markup the extraction blanks, written for this test, some
// cut short so that typing can complete them ("ww" + "w." or "http" + ":" makes a URL, "of" + "f" a switch).
const LINES = [
  'The mayor said the bridge would reopen.',
  'Costs rose (sharply) by 12% - or so - last year.',
  '“We knew,” she said.',
  '    indented code said nothing',
  '```',
  '~~~',
  '---',
  '+++',
  'title: front matter',
  '# Heading said',
  '> quoted line',
  '- item said',
  '12. numbered item',
  '12 numbered item',
  '[ref]: https://example.invalid',
  'A [link](https://example.invalid) and ![an image](x.png).',
  'Some `inline code` and ``two',
  'ticks`` over lines.',
  '<!-- factcheck off -->',
  '<!-- factcheck on -->',
  '<!--',
  'factcheck',
  'of',
  'on',
  '-->',
  '[factcheck off]',
  '[factcheck on]',
  'See ww.example.invalid or http://example.invalid now.',
  'Read http//example.invalid/7x or wwwexample.invalid now.',
  'An <em>inline</em> tag and <a',
  'href="x">a tag over lines</a>.',
  '*emphasis* and _more_ and ~~struck~~',
  'snake_case and a_b',
  // Setext underlines, references (decoded: the prose gets a map), escapes and a hard break.
  'A setext title said',
  '===',
  'Fish &amp; chips &amp chips and &ldquo;quotes&rdquo;',
  'An escaped \\*star\\* and a hard break\\',
  '   Three spaces then text',
  '1) an item',
  '',
  '   ',
  'x',
];
const markdown = fc.array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('\n', '\r\n', '\n\n')), { maxLength: 25 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));
const letters = fc.stringMatching(/^[A-Za-z0-9 ,.;:!?-]{0,4}$/);
const typing = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 3 }), typed: letters });

describe('proseAfterTyping', () => {
  for (const format of ['markdown', 'plaintext'] as DocumentFormat[]) {
    it(`gives the prose extractProse gives, or none, after letters are typed or deleted (${format})`, function () {
      // Thousands of extractions through the Markdown parser.
      this.timeout(60_000);
      let used = 0;
      fc.assert(
        fc.property(markdown, fc.array(typing, { maxLength: 10 }), (start, edits) => {
          let previous = { text: start, prose: extractProse(start, format).text };
          for (const { at, remove, typed } of edits) {
            const offset = Math.floor(at * previous.text.length);
            const cut = previous.text.slice(offset, offset + remove);
            const text = previous.text.slice(0, offset) + typed + previous.text.slice(offset + (/^[A-Za-z0-9 ,.;:!?-]*$/.test(cut) ? remove : 0));
            const head = commonPrefixLength(previous.text, text);
            const fresh = extractProse(text, format).text;
            const fast = proseAfterTyping(previous, text, head, commonSuffixLength(previous.text, text, head), format);
            if (fast !== undefined) {
              used++;
              assert.equal(fast, fresh);
            }
            previous = { text, prose: fresh };
          }
        }),
        { numRuns: 600 },
      );
      assert.ok(used > 20, `the short cut was taken ${used} times`);
    });
  }

  it('blanks letters typed inside fenced code and keeps them in prose', () => {
    const text = 'He said so.\n\n```\ncode here\n```\n';
    const previous = { text, prose: extractProse(text, 'markdown').text };
    const inCode = text.replace('code here', 'code xhere');
    assert.equal(proseAfterTyping(previous, inCode, text.indexOf('here'), text.length - text.indexOf('here'), 'markdown'), extractProse(inCode, 'markdown').text);
    const inProse = text.replace('said', 'saidx');
    assert.equal(proseAfterTyping(previous, inProse, text.indexOf(' so'), text.length - text.indexOf(' so'), 'markdown'), extractProse(inProse, 'markdown').text);
  });
});
