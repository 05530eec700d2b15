import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildReportModel, renderReport } from '../../../server/src/report';
import { httpUrl } from '../../../server/src/report/escape';
import { humanDate, humanDateTime } from '../../../server/src/report/dates';
import { KIND_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../../../server/src/report/labels';
import { all, asParsed, attr, byTag, hasClass, one, parseHtml, textOf, textWithout, type Element } from './dom';
import { PAYLOAD_QUOTE, SAMPLE_METADATA, SAMPLE_TEXT, sampleClaims, sampleModel } from './sampleReport';

const isMarker = (element: Element) => hasClass(element, 'marker');

function field(entry: Element, key: string): string | undefined {
  const found = all(entry, (e) => attr(e, 'data-field') === key);
  return found.length === 0 ? undefined : textOf(found[0]);
}

describe('HTML report', () => {
  const model = sampleModel();
  const html = renderReport(model, 'html');
  const root = parseHtml(html);
  const article = model.articles[0];

  it('is one self-contained page: no scripts, no event handlers, no remote or embedded resources', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.deepEqual(all(root, (e) => ['script', 'img', 'iframe', 'object', 'embed', 'link', 'form', 'base', 'svg', 'video', 'audio'].includes(e.tagName)), []);
    assert.deepEqual(all(root, (e) => e.attrs.some((a) => a.name.startsWith('on') || a.name === 'style' || a.name === 'src')), []);
    for (const a of all(root, byTag('a'))) {
      const href = attr(a, 'href') ?? '';
      if (href.startsWith('#')) assert.equal(all(root, (e) => attr(e, 'id') === href.slice(1)).length, 1, `${href} has one target`);
      else assert.equal(httpUrl(href), href, `${href} is an http(s) link`);
    }
  });

  it('carries a strict CSP whose hash admits exactly its own stylesheet', () => {
    const csp = attr(one(root, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy'), 'content')!;
    const style = textOf(one(root, byTag('style')));
    const hash = createHash('sha256').update(style).digest('base64');
    assert.equal(csp, `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
  });

  it('renders for a VS Code webview with a nonce, or with a CSP given whole', () => {
    const webview = parseHtml(renderReport(model, 'html', { html: { nonce: 'r4nd0mN0nce+/=' } }));
    assert.equal(attr(one(webview, byTag('style')), 'nonce'), 'r4nd0mN0nce+/=');
    const csp = (root: Element) => attr(one(root, (e) => attr(e, 'http-equiv') === 'Content-Security-Policy'), 'content');
    assert.equal(csp(webview), "default-src 'none'; style-src 'nonce-r4nd0mN0nce+/='; base-uri 'none'; form-action 'none'");
    const given = parseHtml(renderReport(model, 'html', { html: { nonce: 'abcdefgh12', csp: "default-src 'none'; style-src vscode-resource: 'nonce-abcdefgh12'" } }));
    assert.equal(csp(given), "default-src 'none'; style-src vscode-resource: 'nonce-abcdefgh12'");
    assert.throws(() => renderReport(model, 'html', { html: { nonce: '"><script>' } }), /nonce/);
  });

  it('shows the whole article text, every finding highlighted over exactly its words', () => {
    const pre = one(root, (e) => hasClass(e, 'article-text'));
    assert.equal(textWithout(pre, isMarker), asParsed(SAMPLE_TEXT));
    for (const entry of article.entries.filter((e) => e.start !== undefined)) {
      const covered = all(pre, (e) => e.tagName === 'mark' && attr(e, 'data-finding') === String(entry.number)).map((mark) => textWithout(mark, isMarker)).join('');
      assert.equal(covered, asParsed(entry.text), `finding ${entry.number}`);
    }
    assert.equal(all(pre, (e) => attr(e, 'data-finding') === String(article.entries.at(-1)?.number)).length, 0, 'an orphan has no place in the text');
  });

  it('numbers each highlight with a link to its entry, and each entry links back', () => {
    for (const entry of article.entries) {
      const box = one(root, (e) => attr(e, 'id') === `a1-finding-${entry.number}`, `entry ${entry.number}`);
      const back = all(box, (e) => hasClass(e, 'back'));
      if (entry.start === undefined) {
        assert.equal(back.length, 0);
        continue;
      }
      const marker = one(root, (e) => attr(e, 'id') === `a1-mark-${entry.number}`);
      assert.equal(textOf(marker), String(entry.number));
      assert.equal(attr(marker, 'href'), `#a1-finding-${entry.number}`);
      assert.equal(attr(back[0], 'href'), `#a1-mark-${entry.number}`);
    }
  });

  it('gives every entry its fields, exactly as in the model', () => {
    for (const entry of article.entries) {
      const box = one(root, (e) => attr(e, 'id') === `a1-finding-${entry.number}`);
      assert.ok(hasClass(box, `status-${entry.status}`) && hasClass(box, `kind-${entry.kind}`));
      assert.equal(textOf(one(box, (e) => hasClass(e, 'kind'))), KIND_LABELS[entry.kind]);
      assert.equal(textOf(one(box, (e) => hasClass(e, 'where'))), entry.line === undefined ? 'no longer in the text' : `line ${entry.line}, column ${entry.column}`);
      // The card quotes the claim once: its own words, or the sentence they sit in.
      const quoted = field(box, 'text')!;
      assert.ok(quoted.includes(asParsed(entry.text)), `entry ${entry.number} quotes its words`);
      const claim = field(box, 'claim');
      if (entry.content !== undefined) assert.ok(quoted.includes(asParsed(entry.content)) || claim === asParsed(entry.content), `entry ${entry.number} shows its claim`);
      if (claim !== undefined) assert.ok(!quoted.includes(claim) && !claim.includes(quoted), `entry ${entry.number} does not repeat its words`);
      assert.equal(field(box, 'status'), STATUS_LABELS[entry.status]);
      assert.equal(field(box, 'speaker'), entry.speaker?.text);
      assert.equal(field(box, 'speaker-name'), entry.speaker?.name);
      assert.equal(field(box, 'cue'), entry.cue);
      assert.equal(field(box, 'verdict'), entry.verdict ? VERDICT_LABELS[entry.verdict] : 'none yet');
      assert.equal(field(box, 'note'), entry.note && asParsed(entry.note));
      assert.equal(field(box, 'creator'), entry.creator);
      assert.equal(field(box, 'modified'), entry.modified && humanDateTime(entry.modified));
      const items = all(one(box, (e) => attr(e, 'data-field') === 'sources'), byTag('li'));
      assert.equal(items.length, entry.sources.length);
      entry.sources.forEach((source, i) => {
        const link = one(items[i], (e) => hasClass(e, 'source'));
        assert.equal(textOf(link), source.title ?? source.target);
        assert.equal(link.tagName, httpUrl(source.target) ? 'a' : 'span', `${source.target} is a link only if http(s)`);
        if (link.tagName === 'a') assert.equal(attr(link, 'href'), httpUrl(source.target));
        if (source.excerpt) assert.equal(textOf(one(items[i], byTag('q'))), source.excerpt);
      });
    }
  });

  it('puts open findings first, then stale verdicts, resolved, then dismissed and orphaned, the article text on its own pages in print', () => {
    const groups = all(root, (e) => e.tagName === 'section' && hasClass(e, 'group'));
    assert.deepEqual(groups.map((g) => textOf(one(g, byTag('h3')))), ['Open findings (7)', 'Stale verdicts (0)', 'Resolved findings (3)', 'Dismissed and orphaned (2)']);
    const statuses = groups.map((g) => all(g, byTag('article')).map((e) => article.entries[Number(attr(e, 'data-finding')) - 1].status));
    assert.deepEqual(statuses.map((s) => [...new Set(s)].sort()), [['open'], [], ['resolved'], ['dismissed', 'orphaned']]);
    assert.match(textOf(one(root, byTag('style'))), /@media print \{[^]*section\.text[^]*break-before: page/);
  });

  it('has one H1, the article’s title, and no second heading repeating it', () => {
    assert.deepEqual(all(root, byTag('h1')).map(textOf), [`Fact-check report: ${article.title}`]);
    assert.ok(!all(root, byTag('h2')).some((h) => textOf(h) === article.title));
  });

  it('opens with a readiness box: not ready while findings are open, disputed or orphaned, with the counts', () => {
    const box = one(root, (e) => hasClass(e, 'readiness'));
    assert.ok(hasClass(box, 'not-ready'));
    const { open, stale, orphaned, disputed, resolved, dismissed } = model.readiness;
    assert.match(textOf(one(box, byTag('strong'))), new RegExp(`^Not ready: ${open} open`));
    const counts = Object.fromEntries(all(box, (e) => attr(e, 'data-count') !== undefined).map((e) => [attr(e, 'data-count'), Number(textOf(one(e, (c) => hasClass(c, 'count'))))]));
    assert.deepEqual(counts, { open, stale, disputed, orphaned, resolved, dismissed });
    const ready = buildReportModel([{ path: 'calm.md', text: '# Calm\n', format: 'markdown', claims: [] }], SAMPLE_METADATA);
    const calm = one(parseHtml(renderReport(ready, 'html')), (e) => hasClass(e, 'readiness'));
    assert.ok(hasClass(calm, 'ready'));
    assert.match(textOf(calm), /^Ready for sign-off/);
  });

  it('ends with a sign-off block: the checker named, the report’s day, blanks for the approving editor', () => {
    const block = one(root, (e) => hasClass(e, 'sign-off'));
    const rows = all(block, byTag('tr')).map((row) => all(row, (e) => e.tagName === 'td' || e.tagName === 'th').map((cell) => textOf(cell)));
    assert.deepEqual(rows, [
      ['Role', 'Name', 'Signature', 'Date'],
      ['Checked by', 'Priya Nair', '', humanDate(model.generated)],
      ['Approved by', '', '', ''],
    ]);
    const unnamed = buildReportModel([{ path: 'x.md', text: '# X\n', format: 'markdown', claims: [] }], { generated: '2026-11-22T08:15:00Z' });
    const blank = one(parseHtml(renderReport(unnamed, 'html')), (e) => hasClass(e, 'sign-off'));
    assert.deepEqual(all(blank, (e) => hasClass(e, 'blank')).map((e) => attr(one(blank, (td) => td.childNodes.includes(e)), 'class')), ['name', 'signature', 'name', 'signature', 'date'], 'no name is made up: a blank to fill in by hand');
  });

  it('shows dates as words in the locale and time zone asked for, keeping ISO in the datetime attribute', () => {
    const page = parseHtml(renderReport(model, 'html', { dates: { locale: 'en-GB', timeZone: 'Europe/Berlin' } }));
    const time = one(one(page, byTag('header')), byTag('time'));
    assert.equal(textOf(time), '22 November 2026 at 09:15');
    assert.equal(attr(time, 'datetime'), '2026-11-22T08:15:00Z');
    const german = parseHtml(renderReport(model, 'html', { dates: { locale: 'de-DE', timeZone: 'UTC' } }));
    assert.match(textOf(one(one(german, byTag('header')), byTag('time'))), /^22\. November 2026 um 08:15$/);
  });

  it('has a summary table with counts by kind and status', () => {
    const table = one(one(root, (e) => e.tagName === 'section' && hasClass(e, 'summary')), byTag('table'));
    for (const row of all(table, byTag('tr')).slice(1)) {
      const kind = attr(row, 'data-kind')!;
      const cells = all(row, byTag('td')).map((td) => Number(textOf(td)));
      const counts = kind === 'all' ? { ...article.summary.byStatus, total: article.summary.total } : article.summary.byKind[kind as keyof typeof article.summary.byKind];
      assert.deepEqual(cells, [counts.open, counts.stale, counts.resolved, counts.dismissed, counts.orphaned, counts.total], kind);
    }
  });

  it('keeps the injected quote as text everywhere: in the article, its entry and its note', () => {
    const box = one(root, (e) => attr(e, 'data-field') === 'text' && textOf(e) === PAYLOAD_QUOTE);
    assert.equal(box.childNodes.length, 1, 'a single text node, no elements');
    assert.ok(html.includes('&lt;img src=x onerror=&quot;window.__pwned'));
    assert.ok(!/<img|<script|<b>/i.test(html));
  });

  it('escapes the title, path, checker and organisation too', () => {
    const hostile = buildReportModel([{ path: 'a<b>.md', text: '# &lt;i&gt;Title&lt;/i&gt; & more\n', format: 'markdown', claims: [] }], {
      generated: '<now>',
      checker: '"><script>x()</script>',
      organisation: { name: '<Desk>', url: 'javascript:alert(1)' },
    });
    const page = parseHtml(renderReport(hostile, 'html'));
    assert.deepEqual(all(page, (e) => ['i', 'b', 'script'].includes(e.tagName)), []);
    // The heading's references read as "<i>Title</i>": text in the title, never a tag.
    assert.equal(textOf(one(page, byTag('title'))), 'Fact-check report: <i>Title</i> & more');
    assert.match(textOf(one(page, byTag('header'))), /"><script>x\(\)<\/script>[^]*<Desk>/);
    assert.equal(all(page, byTag('a')).length, 0, 'a javascript: organisation URL is not a link');
  });

  it('combines several articles with distinct anchors and an overall summary', () => {
    const two = buildReportModel(
      [
        { path: 'one.md', text: SAMPLE_TEXT, format: 'markdown', claims: sampleClaims() },
        { path: 'two.md', text: SAMPLE_TEXT, format: 'markdown', claims: sampleClaims() },
      ],
      SAMPLE_METADATA,
    );
    const page = parseHtml(renderReport(two, 'html'));
    const ids = all(page, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.ok(ids.includes('a2-finding-1') && ids.includes('a2-mark-1'));
    assert.equal(textOf(all(page, byTag('h2'))[0]), 'Summary of all articles');
  });
});
