// Generated hostile input (fast-check) through analysis, anchoring, the sidecar parser, the editSlot
// argument check, the hover and the reports: nothing throws, nothing leaves the text, nothing
// parsed is unsafe to show, and no link but http(s) and this extension's commands is ever written.
// FACTCHECK_FUZZ_RUNS sets the cases per property (npm test: 150; npm run test:fuzz: 10,000).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { anchorAt, findAnchor } from '../../../server/src/ledger/anchor';
import { formatSidecar, isEmptySlot } from '../../../server/src/ledger/sidecarFormat';
import { parseSidecar } from '../../../server/src/ledger/sidecarParse';
import type { SourceRef, SourceSlot } from '../../../server/src/ledger/slot';
import { sourceRefProblem, urlProblem } from '../../../server/src/ledger/sourceRef';
import { checkEditSlotParams } from '../../../server/src/lsp/editSlotParams';
import { claimsHover } from '../../../server/src/lsp/hover';
import { buildReportModel, renderReport } from '../../../server/src/report';
import { visibleText } from '../../../server/src/report/visibleText';
import { ACCEPTED_HOSTILE_URLS, HOSTILE_TITLES, REFUSED_URLS, markdownLinks } from '../../support/hostile';

const RUNS = Number(process.env.FACTCHECK_FUZZ_RUNS ?? 150);
const NOW = '2026-11-30T10:00:00.000Z';
const URI = 'file:///desk/ferry.txt';

/** Characters that break things: markup, link syntax, bidi and other controls, quotes, surrogates. */
const NASTY = ['(', ')', '[', ']', '<', '>', '\\', '`', '"', "'", ' ', '\n', '\r', '\t', '\u0000', '\u202E', '\u2066', '\u200F', '\uFEFF', '\uD800', '%', '#', '?', '&', ':', '!', '*', '_', '“', '”', '😀'];
const nasty = fc.constantFrom(...NASTY);
const hostileText = fc.array(fc.oneof(nasty, fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_TITLES, ...ACCEPTED_HOSTILE_URLS, ' said ', ' according to ', '“', '.\n\n', '42%')), { maxLength: 30 }).map((parts) => parts.join(''));
const hostileUrl = fc.oneof(
  fc.constantFrom(...ACCEPTED_HOSTILE_URLS, ...REFUSED_URLS),
  fc.tuple(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.array(nasty, { maxLength: 6 })).map(([url, extra]) => url + extra.join('')),
);

function allowedLink(href: string): boolean {
  return /^https?:\/\//.test(href) || href.startsWith('command:factcheck.') || href.startsWith('file:///desk/');
}

describe(`hostile input, generated (${RUNS} cases each)`, function () {
  this.timeout(60_000 + RUNS * 50);

  it('analysis never throws on hostile text and keeps every finding inside it', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('plaintext', 'markdown', 'html') as fc.Arbitrary<'plaintext' | 'markdown' | 'html'>, (text, format) => {
        for (const finding of analyze(text, { format })) {
          assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, JSON.stringify(finding));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('an anchor made in hostile text is found again where it was', () => {
    fc.assert(
      fc.property(hostileText.filter((text) => text.length > 1), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length - 1);
        const end = start + 1 + (b % (text.length - start - 1 || 1));
        // A claim never starts or ends inside a surrogate pair: findings are whole characters.
        const splits = (at: number) => /[\uDC00-\uDFFF]/.test(text.charAt(at)) && /[\uD800-\uDBFF]/.test(text.charAt(at - 1));
        fc.pre(!splits(start) && !splits(end));
        const anchoring = findAnchor(text, anchorAt(text, { start, end }));
        assert.ok(anchoring.found);
        assert.equal(text.slice(anchoring.range.start, anchoring.range.end), text.slice(start, end));
      }),
      { numRuns: RUNS },
    );
  });

  it('the sidecar parser never throws, and what it loads is safe to show and writes back the same', () => {
    const slotOf = (sources: SourceRef[], note: string, creator: string): SourceSlot => ({ id: 'a1', kind: 'quote', anchor: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 }, sources, note, creator, created: NOW, modified: NOW });
    const sidecarText = fc
      .tuple(fc.array(fc.record({ kind: fc.constantFrom('url', 'file'), target: fc.oneof(hostileUrl, hostileText) }), { maxLength: 3 }), hostileText, hostileText, fc.boolean(), fc.nat())
      .map(([sources, note, creator, corrupt, cut]) => {
        const text = formatSidecar('ferry.txt', [slotOf(sources as SourceRef[], note || 'n', creator || 'c')]);
        return corrupt ? text.slice(0, cut % text.length) + text.slice((cut % text.length) + 1) : text;
      });
    fc.assert(
      fc.property(fc.oneof(sidecarText, fc.json(), fc.string()), (text) => {
        const parsed = parseSidecar(text);
        if (!parsed.ok) return;
        for (const slot of parsed.sidecar.slots) {
          for (const source of slot.sources) {
            assert.equal(sourceRefProblem(source), undefined);
            if (source.kind === 'url') assert.equal(urlProblem(source.target), undefined);
          }
        }
        const again = parseSidecar(formatSidecar(parsed.sidecar.article, parsed.sidecar.slots, parsed.sidecar.layout));
        assert.ok(again.ok);
        // A slot that records nothing (no source, verdict, note or dismissal) is never written, by design.
        assert.deepEqual(again.sidecar.slots, parsed.sidecar.slots.filter((slot) => !isEmptySlot(slot)));
      }),
      { numRuns: RUNS },
    );
  });

  it('editSlot arguments: anything is checked without throwing, and what passes has the types it claims', () => {
    const params = fc.oneof(
      fc.anything(),
      fc.record({
        uri: fc.oneof(fc.constant(URI), fc.anything()),
        findingId: fc.oneof(fc.constant('quote-0'), fc.anything()),
        creator: fc.oneof(hostileText, fc.anything()),
        edit: fc.oneof(
          fc.record({ type: fc.constant('addSource'), source: fc.record({ kind: fc.constantFrom('url', 'file', 'ftp'), target: fc.oneof(hostileUrl, fc.anything()), title: fc.oneof(hostileText, fc.anything()) }) }),
          fc.record({ type: fc.constantFrom('setVerdict', 'setNote', 'dismiss', 'reattach', 'confirm', 'delete'), verdict: fc.anything(), note: fc.oneof(hostileText, fc.anything()), reason: fc.anything(), findingId: fc.anything() }),
        ),
      }),
    );
    fc.assert(
      fc.property(params, (value) => {
        const checked = checkEditSlotParams(value);
        if (!checked.ok) return;
        const { params: edit } = checked;
        assert.equal(typeof edit.uri, 'string');
        if (edit.creator !== undefined) assert.equal(typeof edit.creator, 'string');
        if (edit.edit.type === 'addSource' && edit.edit.source.kind === 'url') assert.equal(urlProblem(edit.edit.source.target), undefined);
        if (edit.edit.type === 'setNote') assert.ok(edit.edit.note === undefined || typeof edit.edit.note === 'string');
      }),
      { numRuns: RUNS },
    );
  });

  it('hovers and Markdown and HTML reports link only web addresses, workspace files and factcheck commands', () => {
    const source = fc.record({ kind: fc.constant('url' as const), target: hostileUrl, title: fc.option(hostileText, { nil: undefined }) }).filter((s) => sourceRefProblem(s) === undefined);
    fc.assert(
      fc.property(hostileText, fc.array(source, { maxLength: 3 }), hostileText, (words, sources, note) => {
        const text = `“${words}” said Jo Park.\n`;
        const slot: SourceSlot = { id: 'a1', kind: 'quote', anchor: anchorAt(text, { start: 0, end: 1 }), sources, note, creator: note, verdict: 'verified', created: NOW, modified: NOW };
        const claim = { status: 'resolved' as const, range: { start: 0, end: text.length - 1 }, slot, finding: { id: 'quote-0', kind: 'quote' as const, start: 0, end: text.length - 1, message: words } };
        const hover = claimsHover(text, URI, [claim]).value;
        for (const href of markdownLinks(hover)) assert.ok(allowedLink(href), `${href}\n${hover}`);
        const model = buildReportModel([{ path: 'ferry.txt', text, format: 'plaintext', claims: [claim] }], { generated: NOW });
        for (const href of markdownLinks(renderReport(model, 'md'))) assert.ok(/^https?:\/\//.test(href), href);
        const html = renderReport(model, 'html');
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.ok(/^(https?:\/\/|#)/.test(href), href);
        assert.doesNotMatch(html, /<script|<img|\u202E/);
      }),
      { numRuns: RUNS },
    );
  });

  it('visibleText leaves no bidi or control character but tab and line breaks', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        assert.doesNotMatch(visibleText(text), /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/); // eslint-disable-line no-control-regex
      }),
      { numRuns: RUNS },
    );
  });
});
