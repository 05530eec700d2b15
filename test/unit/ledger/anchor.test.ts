import assert from 'node:assert/strict';
import { anchorAt, findAnchor, type Anchoring } from '../../../server/src/ledger/anchor';

const ARTICLE = [
  'The harbour board met on Tuesday evening in the old customs hall.',
  '',
  'According to the board’s annual report, freight volumes rose 14% last year to 2.3 million tonnes.',
  '',
  '“We have never been busier,” said Mara Quill, the board’s chair, adding that a second crane was on order.',
  '',
  'Dock workers, who asked not to be named, said overtime had doubled since the spring.',
].join('\n');

function anchorOf(text: string, claim: string) {
  const start = text.indexOf(claim);
  assert.ok(start >= 0, `test setup: ${claim} not in text`);
  return anchorAt(text, { start, end: start + claim.length });
}

function foundText(text: string, anchoring: Anchoring): string {
  assert.ok(anchoring.found, 'expected the claim to be found');
  return text.slice(anchoring.range.start, anchoring.range.end);
}

describe('anchoring a slot to its claim', () => {
  const claim = 'freight volumes rose 14% last year to 2.3 million tonnes';

  it('records the claim, 32 characters of context each side, and its position', () => {
    const anchor = anchorOf(ARTICLE, claim);
    assert.equal(anchor.exact, claim);
    assert.equal(anchor.prefix, ARTICLE.slice(anchor.start - 32, anchor.start));
    assert.equal(anchor.suffix, '.\n\n“We have never been busier,” ');
    assert.equal(anchor.end - anchor.start, claim.length);
  });

  it('finds an unchanged claim at its recorded position', () => {
    const result = findAnchor(ARTICLE, anchorOf(ARTICLE, claim));
    assert.deepEqual(result, { found: true, range: { start: ARTICLE.indexOf(claim), end: ARTICLE.indexOf(claim) + claim.length }, method: 'position' });
  });

  it('follows the claim when text is inserted before it', () => {
    const anchor = anchorOf(ARTICLE, claim);
    const edited = `UPDATED 9.40am: adds comment from the port authority.\n\n${ARTICLE}`;
    const result = findAnchor(edited, anchor);
    assert.equal(foundText(edited, result), claim);
    assert.equal(result.found && result.method, 'exact');
    assert.equal(result.found && result.range.start, anchor.start + 55);
  });

  it('follows the claim when text before it is deleted', () => {
    const anchor = anchorOf(ARTICLE, claim);
    const edited = ARTICLE.replace('The harbour board met on Tuesday evening in the old customs hall.\n\n', '');
    assert.equal(foundText(edited, findAnchor(edited, anchor)), claim);
  });

  it('finds a claim with a word deleted inside it by its context', () => {
    const anchor = anchorOf(ARTICLE, claim);
    const edited = ARTICLE.replace('rose 14% last year', 'rose 14% in 2025');
    const result = findAnchor(edited, anchor);
    assert.equal(foundText(edited, result), 'freight volumes rose 14% in 2025 to 2.3 million tonnes');
    assert.equal(result.found && result.method, 'context');
  });

  it('finds a claim with small edits inside it and its context changed too, by a fuzzy match', () => {
    const anchor = anchorOf(ARTICLE, claim);
    const edited = ARTICLE.replace('According to the board’s annual report, freight volumes rose 14% last year to 2.3 million tonnes.', 'The annual report shows that freight volume rose 14% last year to 2.3m tonnes, a record.');
    const result = findAnchor(edited, anchor);
    assert.equal(result.found && result.method, 'fuzzy');
    assert.match(foundText(edited, result), /^freight volume rose 14% last year to 2\.3m tonnes/);
  });

  it('follows paragraphs when they are reordered', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const reordered = [paragraphs[3], paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n');
    for (const text of ['“We have never been busier,”', 'freight volumes rose 14%', 'overtime had doubled since the spring']) {
      assert.equal(foundText(reordered, findAnchor(reordered, anchorOf(ARTICLE, text))), text);
    }
  });

  it('orphans the claim when the whole text is replaced', () => {
    const anchor = anchorOf(ARTICLE, claim);
    const replaced = 'Council approves new cycle lanes on the ring road after a long debate about parking.';
    assert.deepEqual(findAnchor(replaced, anchor), { found: false });
    assert.deepEqual(findAnchor('', anchor), { found: false });
  });

  it('chooses, among repeated words, the one whose context agrees', () => {
    const text = 'Mr Ode said prices fell. Later Ms Vey said prices fell. Then Mr Ode said wages rose.';
    const second = text.indexOf('said prices fell', 10);
    const anchor = anchorAt(text, { start: second, end: second + 'said prices fell'.length });
    const edited = `Breaking. ${text}`;
    const result = findAnchor(edited, anchor);
    assert.ok(result.found);
    assert.equal(result.range.start, second + 'Breaking. '.length);
  });

  it('does not trust a short claim that another instance now occupies at its old position', () => {
    const text = 'Turnout was 61% in the north. Support stood at 48% in the south and 61% overall.';
    const first = text.indexOf('61%');
    const anchor = anchorAt(text, { start: first, end: first + 3 });
    // Cut the text so that the second 61% lands exactly where the first was, in other words.
    const edited = text.slice(text.indexOf('61% overall') - first);
    assert.equal(edited.slice(first, first + 3), '61%');
    const result = findAnchor(edited, anchor);
    assert.ok(result.found);
    assert.notEqual(result.method, 'position');
  });

  it('survives CRLF to LF and LF to CRLF conversion', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const multiLine = 'busier,” said Mara Quill, the board’s chair, adding that a second crane was on order.\n\nDock workers';
    const fromLf = anchorOf(ARTICLE, multiLine);
    assert.equal(foundText(crlf, findAnchor(crlf, fromLf)), multiLine.replace(/\n/g, '\r\n'));
    const fromCrlf = anchorOf(crlf, multiLine.replace(/\n/g, '\r\n'));
    assert.equal(foundText(ARTICLE, findAnchor(ARTICLE, fromCrlf)), multiLine);
    const single = anchorOf(ARTICLE, claim);
    assert.equal(foundText(crlf, findAnchor(crlf, single)), claim);
  });

  it('counts UTF-16 code units through emoji and CJK text', () => {
    const text = '🚢🚢 港口委员会 said 📈 exports rose 12% “as expected” 😀 according to 海关.';
    const claim2 = 'exports rose 12% “as expected”';
    const anchor = anchorOf(text, claim2);
    const edited = `🎉🎉🎉 速报 ${text.replace('rose 12%', 'rose 12.5%')}`;
    const result = findAnchor(edited, anchor);
    assert.equal(foundText(edited, result), 'exports rose 12.5% “as expected”');
  });

  it('never splits an emoji when a fuzzy match ends next to one', () => {
    const text = 'Ships waiting 🚢🚢🚢 outside the harbour numbered forty-two on Monday.';
    const anchor = anchorOf(text, 'Ships waiting 🚢🚢🚢');
    const edited = 'Boats waitin 🚢🚢🚢 outside the harbour numbered forty-two on Monday.';
    const result = findAnchor(edited, anchor);
    assert.ok(result.found);
    const code = (i: number) => edited.charCodeAt(i);
    assert.ok(!(code(result.range.end) >= 0xdc00 && code(result.range.end) <= 0xdfff), 'range ends inside a surrogate pair');
    assert.ok(!(code(result.range.start) >= 0xdc00 && code(result.range.start) <= 0xdfff), 'range starts inside a surrogate pair');
  });

  it('finds a claim fuzzily on a long text, far from its old place', () => {
    const filler = 'Lorem harbour filler sentence number N keeps the text long. ';
    const before = Array.from({ length: 3000 }, (_, i) => filler.replace('N', String(i))).join('');
    const text = `${before}${ARTICLE}`;
    const anchor = anchorOf(ARTICLE, claim);
    const edited = `${before}${ARTICLE.replace('2.3 million tonnes.', '2.3 milion tonnes!')}`;
    const result = findAnchor(edited, anchor);
    assert.ok(text.length > 100_000);
    assert.match(foundText(edited, result), /^freight volumes rose 14% last year to 2\.3 milion tonnes/);
  });
});
