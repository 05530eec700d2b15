// A hand-written article and its claims, built finding by finding (no detector involved), shared by
// the report tests. Offsets are found with indexOf so the sample can be edited freely.
import type { Finding, FindingKind, Span } from '../../../server/src/analysis/finding';
import type { Claim, ClaimStatus, SourceSlot } from '../../../server/src/ledger/slot';
import { buildReportModel, type ReportMetadata, type ReportModel } from '../../../server/src/report';

/** A payload that would set window.__pwned (or call window.pwned) if any of it ever ran. */
export const PAYLOAD_QUOTE =
  '"Fix it, <script>window.__pwned = "script"; window.pwned && window.pwned("script")</script> now,\n' +
  'or <img src=x onerror="window.__pwned = \'img\'; window.pwned && window.pwned(\'img\')"> we walk," wrote a reader';

export const SAMPLE_TEXT = [
  '# Harbour bridge repairs to cost €48 million, council says',
  '',
  'The city council said on Tuesday that repairs to the old harbour bridge would cost €48 million 🚧, twice the figure given last spring.',
  '',
  '“We cannot let the bridge close again,” said Mara Lindqvist, the council’s transport chief. “Every week it is shut costs the port trade,” she added.',
  '',
  'According to people familiar with the tender, the contractor allegedly inflated its bid. The firm did not respond to a request for comment.',
  '',
  'Visitors from 東京 made up 12% of ferry passengers last year.',
  '',
  `${PAYLOAD_QUOTE}, in a letter to the editor.`,
  '',
].join('\r\n');

export function spanOf(text: string, exact: string, from = 0): Span {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`Sample text lacks ${JSON.stringify(exact)}`);
  return { start, end: start + exact.length };
}

let counter = 0;

function finding(kind: FindingKind, span: Span, extra: Partial<Finding> = {}): Finding {
  return { id: `${kind}-${span.start}`, kind, start: span.start, end: span.end, message: `A ${kind} to check`, ...extra };
}

function slot(kind: FindingKind, text: string, span: Span, extra: Partial<SourceSlot> = {}): SourceSlot {
  counter++;
  return {
    id: `slot-${String(counter).padStart(4, '0')}`,
    kind,
    anchor: { exact: text.slice(span.start, span.end), prefix: text.slice(Math.max(0, span.start - 8), span.start), suffix: text.slice(span.end, span.end + 8), start: span.start, end: span.end },
    sources: [],
    created: '2026-11-20T09:00:00Z',
    modified: '2026-11-21T10:30:00Z',
    ...extra,
  };
}

function claim(status: ClaimStatus, f: Finding, s?: SourceSlot): Claim {
  return { status, range: { start: f.start, end: f.end }, finding: f, slot: s };
}

export function sampleClaims(text = SAMPLE_TEXT): Claim[] {
  const t = text;
  const councilSentence = spanOf(t, 'The city council said on Tuesday');
  councilSentence.end = t.indexOf('spring.') + 'spring.'.length;
  const quoteSentence = spanOf(t, '“We cannot let the bridge close again,” said Mara Lindqvist, the council’s transport chief.');
  const firstQuote = spanOf(t, '“We cannot let the bridge close again,”');
  const secondQuote = spanOf(t, '“Every week it is shut costs the port trade,” she added.');
  const tenderSentence = spanOf(t, 'According to people familiar with the tender, the contractor allegedly inflated its bid.');
  const payload = spanOf(t, PAYLOAD_QUOTE);
  return [
    claim('open', finding('attribution', councilSentence, { speaker: spanOf(t, 'The city council'), cue: spanOf(t, 'said on'), content: spanOf(t, 'that repairs to the old harbour bridge would cost €48 million') })),
    claim('open', finding('statistic', spanOf(t, '€48 million 🚧', councilSentence.start))),
    claim('resolved', finding('attribution', quoteSentence, { speaker: spanOf(t, 'Mara Lindqvist'), cue: spanOf(t, 'said Mara'), content: spanOf(t, 'We cannot let the bridge close again') }), slot('attribution', t, quoteSentence, { verdict: 'opinion', creator: 'Priya Nair', sources: [{ kind: 'file', target: 'notes/lindqvist-interview.md', title: 'Interview notes' }] })),
    claim('open', finding('quote', firstQuote, { speaker: { ...spanOf(t, 'Mara Lindqvist'), name: 'Mara Lindqvist' }, content: spanOf(t, 'We cannot let the bridge close again') })),
    claim('resolved', finding('quote', secondQuote, { speaker: { ...spanOf(t, 'she added'), end: spanOf(t, 'she added').start + 3, name: 'Mara Lindqvist' }, cue: spanOf(t, 'added.'), content: spanOf(t, 'Every week it is shut costs the port trade') }), slot('quote', t, secondQuote, {
      verdict: 'verified',
      creator: 'Priya Nair',
      note: 'Confirmed by phone, recording on the desk drive.',
      sources: [{ kind: 'url', target: 'https://example.org/council/minutes?id=7&lang=en', title: 'Council minutes, 12 November', accessed: '2026-11-21T10:00:00Z', excerpt: 'costs the port trade' }],
    })),
    claim('open', finding('anonymous-source', spanOf(t, 'people familiar with the tender'))),
    claim('open', finding('allegation', spanOf(t, 'the contractor allegedly inflated its bid'), { cue: spanOf(t, 'allegedly') }), slot('allegation', t, spanOf(t, 'the contractor allegedly inflated its bid'), { note: 'Ask the tender office for the bids.' })),
    claim('open', finding('attribution', tenderSentence, { cue: spanOf(t, 'According to'), speaker: spanOf(t, 'people familiar with the tender') })),
    claim('dismissed', finding('right-of-reply', spanOf(t, 'The firm did not respond to a request for comment.')), slot('right-of-reply', t, spanOf(t, 'The firm did not respond to a request for comment.'), { dismissed: true, creator: 'Priya Nair' })),
    claim('resolved', finding('statistic', spanOf(t, '12% of ferry passengers')), slot('statistic', t, spanOf(t, '12% of ferry passengers'), {
      verdict: 'partly-true',
      sources: [{ kind: 'url', target: 'http://example.net/port/stats-2025.csv' }],
      note: 'Port figures say 11.6%; rounding is generous.',
    })),
    claim('open', finding('quote', payload, { speaker: spanOf(t, 'a reader'), content: { start: payload.start + 1, end: t.indexOf(' we walk,"') + ' we walk,'.length } }), slot('quote', t, payload, {
      verdict: 'false',
      creator: '=cmd|" /C calc"!A0',
      note: 'Checked, "twice", with the letters desk,\nthen with the reader. <b>bold?</b> [link](javascript:alert(1))',
      sources: [
        { kind: 'url', target: 'javascript:window.pwned("href")', title: 'A <b>tricky</b> "link"' },
        { kind: 'url', target: 'https://example.com/letters?from=reader&x="y"', title: '@letters, page 2' },
        { kind: 'file', target: 'letters/2026-11-19.txt' },
      ],
    })),
    {
      status: 'orphaned',
      range: { start: 0, end: 0 },
      slot: slot('statistic', 'the mayor promised 3 new tunnels', { start: 0, end: 32 }, { verdict: 'unverifiable', note: 'Sentence cut in the second edit.' }),
    },
  ];
}

export const SAMPLE_METADATA: ReportMetadata = {
  generated: '2026-11-22T08:15:00Z',
  checker: 'Priya Nair',
  organisation: { name: 'Harbour Gazette Fact Desk', url: 'https://gazette.example/fact-desk' },
  articles: { 'stories/harbour-bridge.md': { url: 'https://gazette.example/2026/11/harbour-bridge', published: '2026-11-22' } },
};

export function sampleModel(): ReportModel {
  return buildReportModel([{ path: 'stories/harbour-bridge.md', text: SAMPLE_TEXT, format: 'markdown', claims: sampleClaims() }], SAMPLE_METADATA);
}
