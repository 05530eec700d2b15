import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readSourceFile } from '../../../server/src/sources/readSource';
import { SourceReadError } from '../../../server/src/sources/readError';
import { SourceIndex } from '../../../server/src/sourceCheck/sourceIndex';
import { checkQuote } from '../../../server/src/sourceCheck/quoteCheck';
import { makeDocx, makeEncryptedPdf, makePdf } from '../../support/sourceFixtures';

describe('reading source documents', function () {
  // The first PDF test loads pdf.js: seconds on a loaded 2-core machine.
  this.timeout(20_000);

  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'factcheck-sources-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function file(name: string, content: string | Uint8Array): string {
    const full = path.join(dir, name);
    writeFileSync(full, content);
    return full;
  }

  it('PDF: the text of each page, with the page and line a passage is on', async () => {
    const pdf = file(
      'complaint.pdf',
      await makePdf([
        ['IN THE COUNTY COURT', 'Claim no. 41 of this year'],
        ['1. The defendant did not file accounts.', '2. The loss is put at £4.5 million.'],
        ['3. The claimant asks for costs.'],
      ]),
    );
    const source = await readSourceFile(pdf);
    assert.equal(source.format, 'pdf');
    assert.equal(source.pageStarts?.length, 3);
    const index = new SourceIndex(source);
    const result = checkQuote('“The loss is put at £4.5 million.”', index);
    assert.equal(result.status, 'verbatim');
    assert.deepEqual(result.place, { page: 2, line: 2 });
    assert.deepEqual(checkQuote('“The claimant asks for costs”', index).place, { page: 3, line: 1 });
    assert.match(source.sha256, /^[0-9a-f]{64}$/);
  });

  it('PDF: reports each page read, for progress', async () => {
    const pdf = file('pages.pdf', await makePdf([['one'], ['two'], ['three'], ['four']]));
    const seen: string[] = [];
    await readSourceFile(pdf, (done, total) => seen.push(`${done}/${total}`));
    assert.deepEqual(seen, ['1/4', '2/4', '3/4', '4/4']);
  });

  it('PDF: an encrypted or broken file is refused with a reason', async () => {
    await assert.rejects(readSourceFile(file('locked.pdf', await makeEncryptedPdf())), (error: Error) => error instanceof SourceReadError && /encrypted/.test(error.message));
    await assert.rejects(readSourceFile(file('broken.pdf', 'this is not a PDF at all')), (error: Error) => error instanceof SourceReadError && /not a readable PDF/.test(error.message));
  });

  it('DOCX: the paragraphs of a Word document', async () => {
    const docx = file('statement.docx', await makeDocx(['Statement of the ferry company', 'We will not raise fares this winter.']));
    const source = await readSourceFile(docx);
    assert.equal(source.format, 'docx');
    assert.equal(checkQuote('“We will not raise fares this winter,”', new SourceIndex(source)).status, 'allowed-edits');
    await assert.rejects(readSourceFile(file('fake.docx', 'not a zip')), /not a readable Word document/);
  });

  it('HTML: tags dropped, entities decoded, script and style ignored, lines kept', async () => {
    const html = file(
      'release.html',
      [
        '<!doctype html><html><head><title>Release</title><style>p { color: red }</style></head><body>',
        '<script>var quote = "We will close the pier";</script>',
        '<p>The trust said: <em>we will&nbsp;not</em> close',
        'the pier &amp; the caf&eacute;.</p>',
        '</body></html>',
      ].join('\n'),
    );
    const source = await readSourceFile(html);
    const index = new SourceIndex(source);
    assert.ok(!source.text.includes('color'), 'style ignored');
    const result = checkQuote('“We will not close the pier & the café.”', index);
    assert.equal(result.status, 'allowed-edits');
    assert.deepEqual(result.place, { line: 3 });
    assert.equal(checkQuote('“We will close the pier”', index).status, 'differs');
  });

  it('Markdown: markup is not compared, lines are the file’s', async () => {
    const md = file('notes.md', '# Interview notes\n\nShe said the plan was **not** finished.\n\n[link](https://example.invalid)\n');
    const index = new SourceIndex(await readSourceFile(md));
    const result = checkQuote('“the plan was not finished”', index);
    assert.equal(result.status, 'verbatim');
    assert.deepEqual(result.place, { line: 3 });
  });

  it('a missing file, a folder and a binary file are refused with a reason', async () => {
    await assert.rejects(readSourceFile(path.join(dir, 'nope.txt')), /does not exist/);
    await assert.rejects(readSourceFile(dir), /is a folder/);
    await assert.rejects(readSourceFile(file('blob.txt', new Uint8Array([0, 1, 2, 0]))), /looks binary/);
  });
});
