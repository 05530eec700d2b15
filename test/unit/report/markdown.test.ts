import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { buildReportModel, renderReport } from '../../../server/src/report';
import { escapeMarkdown } from '../../../server/src/report/escape';
import { humanDate, humanDateTime } from '../../../server/src/report/dates';
import { KIND_LABELS, VERDICT_LABELS } from '../../../server/src/report/labels';
import type { ReportEntry } from '../../../server/src/report/model';
import { all, attr, byTag, parseHtml, textOf, type Element } from './dom';
import { PAYLOAD_QUOTE, SAMPLE_METADATA, SAMPLE_TEXT, sampleClaims, sampleModel } from './sampleReport';

// Raw HTML and linkify on: anything the escaping missed would come out as a live element or link.
const markdownIt = new MarkdownIt({ html: true, linkify: true });

function rendered(markdown: string): Element {
  return parseHtml(markdownIt.render(markdown));
}

/** Multi-line text as a Markdown reader sees it: each run of line breaks is one break, edges trimmed. */
function asRead(text: string): string {
  return text.replace(/^(?:\r\n|\r|\n)+|(?:\r\n|\r|\n)+$/g, '').replace(/[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/g, '\n');
}

/** The entries of the rendered report: heading text and "Field: value" list items. */
function entriesOf(root: Element): Map<number, { heading: string; fields: Map<string, string>; section: string }> {
  const body = all(root, byTag('body'))[0];
  const result = new Map<number, { heading: string; fields: Map<string, string>; section: string }>();
  let section = '';
  let current: { heading: string; fields: Map<string, string>; section: string } | undefined;
  for (const node of body.childNodes) {
    if (!('tagName' in node)) continue;
    if (node.tagName === 'h2') section = textOf(node);
    if (node.tagName === 'h3') {
      const heading = textOf(node);
      current = { heading, fields: new Map(), section };
      result.set(Number(/^(\d+)\./.exec(heading)?.[1]), current);
    } else if (node.tagName === 'ul' && current) {
      for (const item of node.childNodes) {
        if (!('tagName' in item) || item.tagName !== 'li') continue;
        const text = textOf(item).trim();
        const colon = text.indexOf(':');
        current.fields.set(text.slice(0, colon), text.slice(colon + 1).trim());
      }
      current = undefined;
    }
  }
  return result;
}

describe('Markdown report', () => {
  const model = sampleModel();
  const markdown = renderReport(model, 'md');
  const root = rendered(markdown);
  const entries = entriesOf(root);

  it('opens with the title and a summary table of counts by kind and status', () => {
    assert.equal(textOf(all(root, byTag('h1'))[0]), `Fact-check report: ${model.articles[0].title}`);
    const [table] = all(root, byTag('table'));
    const rows = all(table, byTag('tr')).map((row) => all(row, (e) => e.tagName === 'td' || e.tagName === 'th').map((cell) => textOf(cell)));
    assert.deepEqual(rows[0], ['Kind', 'Open', 'Stale verdict', 'Resolved', 'Dismissed', 'Orphaned', 'Total']);
    const summary = model.articles[0].summary;
    for (const [kind, counts] of Object.entries(summary.byKind)) {
      const row = rows.find((cells) => cells[0] === KIND_LABELS[kind as keyof typeof KIND_LABELS]);
      assert.deepEqual(row?.slice(1), [counts.open, counts.stale, counts.resolved, counts.dismissed, counts.orphaned, counts.total].map(String), kind);
    }
    assert.deepEqual(rows.at(-1), ['All', '7', '0', '3', '1', '1', '12']);
  });

  it('lists open findings first, then stale verdicts, resolved, then dismissed and orphaned', () => {
    const sections = all(root, byTag('h2')).map(textOf);
    assert.deepEqual(sections, ['Summary', 'Open findings (7)', 'Stale verdicts (0)', 'Resolved findings (3)', 'Dismissed and orphaned (2)', 'Sign-off']);
    for (const entry of model.articles[0].entries) {
      const expectedSection = { open: 'Open', stale: 'Stale', resolved: 'Resolved', dismissed: 'Dismissed', orphaned: 'Dismissed' }[entry.status];
      assert.ok(entries.get(entry.number)?.section.startsWith(expectedSection), `entry ${entry.number} under ${expectedSection}`);
    }
  });

  it('gives every entry its line, kind, text, speaker, cue, claim, verdict, sources, note and checker', () => {
    assert.equal(entries.size, model.articles[0].entries.length);
    for (const entry of model.articles[0].entries) {
      const shown = entries.get(entry.number)!;
      const where = entry.line === undefined ? 'no longer in the text' : `line ${entry.line}, column ${entry.column}`;
      assert.equal(shown.heading, `${entry.number}. ${KIND_LABELS[entry.kind]}, ${where}`);
      // The claim's words once: its own, or the sentence they sit in; a separate claim only when it is elsewhere.
      const text = shown.fields.get('Text')!;
      assert.ok(text.includes(asRead(entry.text)), `entry ${entry.number} quotes its words`);
      const claim = shown.fields.get('Claim');
      if (entry.content !== undefined) assert.ok(text.includes(asRead(entry.content)) || claim === asRead(entry.content), `entry ${entry.number} shows its claim`);
      if (claim !== undefined) assert.ok(!text.includes(claim) && !claim.includes(text));
      assert.equal(shown.fields.get('Cue'), entry.cue && asRead(entry.cue));
      assert.equal(shown.fields.get('Note'), entry.note && asRead(entry.note));
      assert.equal(shown.fields.get('Checked by'), entry.creator);
      assert.equal(shown.fields.get('Last changed'), entry.modified && humanDateTime(entry.modified));
      assert.equal(shown.fields.get('Verdict'), entry.verdict ? VERDICT_LABELS[entry.verdict] : 'none yet');
      assert.equal(shown.fields.get('Speaker'), speakerLine(entry));
      const sources = shown.fields.get('Sources')!;
      if (entry.sources.length === 0) assert.equal(sources, 'none yet');
      for (const source of entry.sources) assert.ok(sources.includes(source.title ?? source.target), `source ${source.target}`);
    }
  });

  it('writes dates as words, never backslash-escaped, and ends with a sign-off table', () => {
    const german = renderReport(model, 'md', { dates: { locale: 'de-DE', timeZone: 'UTC' } });
    assert.match(german, /^- \*\*Generated:\*\* 22\. November 2026 um 08:15$/m);
    for (const line of markdown.split('\n').filter((l) => /Generated|Last changed|consulted/.test(l))) {
      assert.doesNotMatch(line, /\d\\[-:.]\d/, `no 2026\\-11 or 08\\:15 in ${line}`);
    }
    assert.match(markdown, /^> \*\*Not ready: 7 open/m);
    const table = all(rendered(markdown), byTag('table')).at(-1)!;
    const rows = all(table, byTag('tr')).map((row) => all(row, (e) => e.tagName === 'td' || e.tagName === 'th').map((cell) => textOf(cell)));
    assert.deepEqual(rows.slice(1), [
      ['Checked by', 'Priya Nair', '____________', humanDate(model.generated)],
      ['Approved by', '____________', '____________', '____________'],
    ]);
  });

  it('links only http(s) sources, to exactly their address', () => {
    const hrefs = all(root, byTag('a')).map((a) => attr(a, 'href'));
    assert.deepEqual(hrefs.sort(), [
      'http://example.net/port/stats-2025.csv',
      'https://example.com/letters?from=reader&x=%22y%22',
      'https://example.org/council/minutes?id=7&lang=en',
      'https://gazette.example/2026/11/harbour-bridge',
      'https://gazette.example/fact-desk',
    ]);
  });

  it('shows the injected quote as text: no element, link or emphasis comes out of it', () => {
    assert.deepEqual(all(root, (e) => ['script', 'img', 'b', 'i', 'em', 'code', 's', 'pre'].includes(e.tagName)), []);
    const payload = [...entries.values()].find((entry) => entry.fields.get('Text') === asRead(PAYLOAD_QUOTE));
    assert.ok(payload, 'the payload reads back whole');
    assert.match(payload.fields.get('Note')!, /<b>bold\?<\/b> \[link\]\(javascript:alert\(1\)\)/);
  });

  it('combines several articles: an overall summary, then one section per article', () => {
    const two = buildReportModel(
      [
        { path: 'one.md', text: SAMPLE_TEXT, format: 'markdown', claims: sampleClaims() },
        { path: 'two.txt', text: 'Fares rose 4%.\n', format: 'plaintext', claims: [] },
      ],
      SAMPLE_METADATA,
    );
    const page = rendered(renderReport(two, 'md'));
    assert.equal(textOf(all(page, byTag('h1'))[0]), 'Fact-check report');
    assert.deepEqual(all(page, byTag('h2')).map(textOf), ['Summary', two.articles[0].title, 'Fares rose 4%.', 'Sign-off']);
    assert.equal(all(page, byTag('table')).length, 4, 'the overall summary, one per article, the sign-off');
    assert.deepEqual(all(all(page, byTag('table'))[0], byTag('td')).slice(-6).map(textOf), ['7', '0', '3', '1', '1', '12'], 'the overall totals');
    assert.equal(all(page, (e) => e.tagName === 'h4' && textOf(e).startsWith('1. ')).length, 1, 'entries sit one level below their article');
  });

  it('escapes every character that could make markup, and breaks lines inside the item', () => {
    const tricky = '# not a heading\n1. not a list\n> not a quote\n| not | a table |\n*a* _b_ `c` ~~d~~ <i>e</i> &amp; [f](g) ![h](i) www.example.com a@b.example https://x.example';
    const html = markdownIt.render(`- ${escapeMarkdown(tricky, '  ')}`);
    const list = parseHtml(html);
    assert.equal(all(list, (e) => !['html', 'head', 'body', 'ul', 'li', 'br'].includes(e.tagName)).length, 0, html);
    assert.equal(textOf(all(list, byTag('li'))[0]), tricky);
  });
});

function speakerLine(entry: ReportEntry): string | undefined {
  if (!entry.speaker) return undefined;
  const { text, name } = entry.speaker;
  return name !== undefined && name !== text ? `${text} (${name})` : text;
}
