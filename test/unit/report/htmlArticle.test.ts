import assert from 'node:assert/strict';
import fc from 'fast-check';
import { highlightedArticle } from '../../../server/src/report/htmlArticle';
import type { ReportArticle, ReportEntry } from '../../../server/src/report/model';
import { summarise } from '../../../server/src/report/summary';
import { readiness } from '../../../server/src/report/readiness';
import { all, attr, hasClass, parseHtml, textWithout, type Element } from './dom';

const anchors = { entry: (n: number) => `finding-${n}`, marker: (n: number) => `mark-${n}` };

function articleWith(text: string, spans: [number, number][]): ReportArticle {
  const entries: ReportEntry[] = spans.map(([start, end], i) => ({ number: i + 1, status: 'open', kind: 'quote', start, end, line: 1, column: start + 1, text: text.slice(start, end), sources: [] }));
  return { path: 'x', title: 'x', format: 'plaintext', wordCount: 0, text, summary: summarise(entries), readiness: readiness(entries), entries };
}

function render(text: string, spans: [number, number][]): Element {
  return parseHtml(`<pre>\n${highlightedArticle(articleWith(text, spans), anchors)}</pre>`);
}

const isMarker = (element: Element) => hasClass(element, 'marker');

/** A span of text as the page shows it: a CRLF is one LF (shown where the LF is), a lone CR an LF too. */
function shown(text: string, start = 0, end = text.length): string {
  let piece = text.slice(start, end);
  if (piece.endsWith('\r') && text[end] === '\n') piece = piece.slice(0, -1);
  return piece.replace(/\r\n?/g, '\n');
}

/** All the text one finding covers, over all of its fragments. */
function coveredBy(root: Element, number: number): string {
  return all(root, (e) => e.tagName === 'mark' && attr(e, 'data-finding') === String(number))
    .map((mark) => textWithout(mark, isMarker))
    .join('');
}

describe('HTML article highlighting', () => {
  it('nests a quote inside its attribution', () => {
    const text = 'He said “fine” today.';
    const root = render(text, [[0, 20], [8, 14]]);
    const [outer] = all(root, (e) => attr(e, 'data-finding') === '1');
    assert.equal(all(outer, (e) => attr(e, 'data-finding') === '2').length, 1, 'the quote mark sits inside the attribution mark');
    assert.equal(coveredBy(root, 1), text.slice(0, 20));
    assert.equal(coveredBy(root, 2), '“fine”');
  });

  it('splits a finding that crosses the end of another into fragments, numbered once', () => {
    const text = 'abcdefghij';
    const root = render(text, [[1, 6], [4, 9]]);
    const fragments = all(root, (e) => attr(e, 'data-finding') === '2');
    assert.equal(fragments.length, 2);
    assert.ok(hasClass(fragments[1], 'continued'));
    assert.equal(all(fragments[0], isMarker).length, 1);
    assert.equal(all(fragments[1], isMarker).length, 0);
    assert.equal(coveredBy(root, 1), 'bcdef');
    assert.equal(coveredBy(root, 2), 'efghi');
  });

  it('shows empty and end-of-text findings with their numbers', () => {
    const root = render('abc', [[1, 1], [2, 3]]);
    assert.deepEqual(all(root, isMarker).map((a) => [attr(a, 'id'), attr(a, 'href')]), [['mark-1', '#finding-1'], ['mark-2', '#finding-2']]);
    assert.equal(coveredBy(root, 2), 'c');
  });

  it('for any overlapping findings: every character kept once, each finding covers its own text, one marker each', () => {
    const textArb = fc.array(fc.constantFrom('a', ' ', '<', '&', '"', '😀', '東', '\n', '\r\n'), { minLength: 0, maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        textArb.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]), { maxLength: 8 }))),
        ([text, spans]) => {
          const root = render(text, spans);
          const [pre] = all(root, (e) => e.tagName === 'pre');
          assert.equal(textWithout(pre, isMarker), shown(text));
          spans.forEach(([start, end], i) => {
            assert.equal(coveredBy(root, i + 1), shown(text, start, end));
            assert.equal(all(root, (e) => attr(e, 'id') === `mark-${i + 1}`).length, 1);
          });
        },
      ),
    );
  });
});
