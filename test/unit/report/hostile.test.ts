// The injection payloads through every report format: sources whose addresses try to close their
// link and open another, titles with Markdown and HTML, refused file sources, and bidi controls.
import assert from 'node:assert/strict';
import type { Claim, SourceRef } from '../../../server/src/ledger/slot';
import { buildReportModel, renderReport } from '../../../server/src/report';
import { linkDestination } from '../../../server/src/report/escape';
import { visibleText } from '../../../server/src/report/visibleText';
import { ACCEPTED_HOSTILE_URLS, HOSTILE_TITLES, RLO, markdownLinks } from '../../support/hostile';
import { all, attr, byTag, parseHtml, textOf } from './dom';

const TEXT = `“The ferry will run all winter,” said harbour master Jo ${RLO}nessaH.\n`;
const QUOTE = { start: 0, end: TEXT.indexOf(',”') + 2 };
const REFUSED = '../../../etc/passwd is outside the workspace folder /desk';

function model() {
  const sources: SourceRef[] = [
    ...ACCEPTED_HOSTILE_URLS.map((target, i): SourceRef => ({ kind: 'url', target, title: HOSTILE_TITLES[i % HOSTILE_TITLES.length] })),
    { kind: 'file', target: '../../../etc/passwd', refused: REFUSED },
  ];
  const now = '2026-11-30T10:00:00.000Z';
  const claim: Claim = {
    status: 'resolved',
    range: QUOTE,
    finding: { id: 'quote-0', kind: 'quote', ...QUOTE, message: `Quote attributed to Jo ${RLO}nessaH`, speaker: { start: TEXT.indexOf('Jo'), end: TEXT.length - 2 } },
    slot: { id: 'slot-1', kind: 'quote', anchor: { exact: TEXT.slice(QUOTE.start, QUOTE.end), prefix: '', suffix: '', ...QUOTE }, sources, verdict: 'verified', note: `Checked with ${RLO}ffats`, creator: `Sam ${RLO}rekcehc`, created: now, modified: now },
  };
  return buildReportModel([{ path: 'ferry.txt', text: TEXT, format: 'plaintext', claims: [claim] }], { generated: now });
}

describe('hostile input in reports', () => {
  it('percent-encodes everything in a link destination that could end the link or begin markup', () => {
    for (const url of ACCEPTED_HOSTILE_URLS) {
      const destination = linkDestination(new URL(url).href);
      assert.doesNotMatch(destination, /[()<>[\]\\\s"'`]/, destination);
      assert.equal(decodeURIComponent(destination), decodeURIComponent(new URL(url).href));
    }
    assert.equal(linkDestination('https://e.org/\uD800'), 'https://e.org/%EF%BF%BD');
  });

  it('shows bidi and control characters as markers, keeping tabs and line breaks', () => {
    assert.equal(visibleText(`a${RLO}b\u2066c\u0007d\te\nf`), 'a[U+202E]b[U+2066]c[U+0007]d\te\nf');
  });

  it('Markdown: one web link per source, no other link, no raw HTML, no bidi control', () => {
    const md = renderReport(model(), 'md');
    const links = markdownLinks(md);
    assert.deepEqual(
      links.filter((href) => !href.startsWith('https://e.org/')),
      [],
    );
    assert.equal(links.length, ACCEPTED_HOSTILE_URLS.length);
    assert.ok(!md.includes(RLO));
    assert.match(md, /\*\*refused:\*\* (\\\.){2}\/.*etc\/passwd is outside the workspace/);
  });

  it('HTML: one link per web source, no script or image, no bidi control, the refused file as text', () => {
    const html = renderReport(model(), 'html');
    const root = parseHtml(html);
    assert.deepEqual(all(root, byTag('script')), []);
    assert.deepEqual(all(root, byTag('img')), []);
    const hrefs = all(root, byTag('a')).map((a) => attr(a, 'href') ?? '').filter((href) => !href.startsWith('#'));
    assert.equal(hrefs.length, ACCEPTED_HOSTILE_URLS.length);
    for (const href of hrefs) assert.ok(href.startsWith('https://e.org/'), href);
    assert.ok(!textOf(root).includes(RLO));
    assert.match(textOf(root), /refused: \.\.\/\.\.\/\.\.\/etc\/passwd is outside/);
  });

  it('JSON, CSV and ClaimReview keep the data as stored, the refusal with it, and make no link of a refused file', () => {
    const json = JSON.parse(renderReport(model(), 'json'));
    const sources: SourceRef[] = json.articles[0].entries[0].sources;
    assert.deepEqual(
      sources.map((source) => source.target),
      [...ACCEPTED_HOSTILE_URLS, '../../../etc/passwd'],
    );
    assert.equal(sources.at(-1)?.refused, REFUSED);
    const csv = renderReport(model(), 'csv');
    assert.ok(csv.includes('../../../etc/passwd'));
    const claimReview = renderReport(model(), 'claimreview');
    assert.doesNotMatch(claimReview, /etc\/passwd|command:/);
  });
});
