// A column like the ones a desk checks, written for this test: every construction it holds was
// once marked wrong (a novel's subject as a claim, a whereabouts as an allegation, a scare-quoted
// word as a quote, an anniversary as a statistic). Read as plain text, as Markdown and as the
// HTML a CMS exports, it must give the same findings, and the right ones.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { extractProse, type DocumentFormat } from '../../../server/src/analysis/prose/prose';
import type { Finding } from '../../../server/src/analysis/finding';

const HEADLINE = 'Ferry spy? The strange case of the harbour pilot';
const PARAGRAPHS = [
  '🚢 Tinker, sailor, smuggler? The novelist Ada Quill never penned a thriller about the great shipping rivalry of the 21st century. Had she done so, she might have based a character on Piet Varga, aka Peter Varga, a former Lisbon-based manager for Nordlys, the Norwegian ferry company.',
  'Mr Varga was the subject of a complaint filed last month by the Portuguese Maritime Authority, which is pursuing him for allegedly tracking and disrupting certain Nordlys passengers on behalf of a rival line.',
  'His story is a cautionary one, showing the pressures that the staff of foreign ferry lines can face. Many other pilots in the region are likely to face the same choices as the lines compete for berths.',
  'Mr Varga joined the Nordlys office in Porto in 2015. Three years later, in May 2018, the line’s bookings site was suddenly blocked by the port’s firewall.',
  'As Nordlys notes in a reply to the authority’s complaint: “At that time, we were a small operator. The [Porto] closure caused serious harm to our passengers.”',
  'As far as the port board was concerned, anyone using Nordlys’s cabins to discuss the strike was breaking the harbour rules.',
  'As Mr Varga told his colleagues, according to the complaint, the board wanted Nordlys to “report every booking” made by strikers. “They also want me,” he added, “to send them lists of our passengers.”',
  'Mr Varga, who has since been fired by Nordlys and is believed to still be in Portugal, could not be reached for comment.',
  'Within a month, the line had agreed to a secret “recovery plan” with the board. Its bookings site was restored in June 2018.',
  'As the 31st anniversary of the great dock strike approached last year, he allegedly helped the board’s inspectors monitor meetings of union members.',
  'After all, the port and the other ferry lines are not hosting what the board regards as illegal meetings about the strike.',
  'The board’s inspectors wanted access to Nordlys’s servers, in this case to gather “proof” and break up meetings. The deal was worth £2.4 million.',
];

const REFERENCES: Record<string, string> = { '“': '&ldquo;', '”': '&rdquo;', '’': '&rsquo;', '£': '&pound;' };
const asHtml = (line: string) => [...line].map((c) => REFERENCES[c] ?? c).join('').replace(/(\d) million/g, '$1&nbsp;million').replace(/\bMr /g, 'Mr&nbsp;');

const VERSIONS: [DocumentFormat, string][] = [
  ['plaintext', [HEADLINE, ...PARAGRAPHS].join('\n') + '\n'],
  ['markdown', `# ${HEADLINE}\n\n${PARAGRAPHS.join('\n\n')}\n`],
  ['html', `<!doctype html>\n<html><head><title>${HEADLINE}</title></head><body>\n<h1>${HEADLINE}</h1>\n${PARAGRAPHS.map((p) => `<p>${asHtml(p)}</p>`).join('\n')}\n</body></html>\n`],
];

/** A finding as a reader sees it: its kind, the words of its spans (references decoded) and its question. */
function read(text: string, format: DocumentFormat, finding: Finding): string {
  const words = (span?: { start: number; end: number }) => (span ? extractProse(text.slice(span.start, span.end), format).text.replace(/\s+/g, ' ').trim() : '');
  return [finding.kind, words(finding), words(finding.cue), words(finding.speaker), finding.speaker?.name?.replace(/\s+/g, ' ') ?? '', finding.message.replace(/\s+/g, ' ')].join(' | ');
}

const findings = VERSIONS.map(([format, text]) => analyze(text, { format }).map((finding) => read(text, format, finding)));
const [plain] = findings;
const of = (kind: string) => plain.filter((row) => row.startsWith(`${kind} |`));

describe('a column read as plain text, Markdown and CMS HTML', () => {
  it('gives the same findings in all three', () => {
    assert.ok(plain.length >= 15, plain.join('\n'));
    assert.deepEqual(findings[1], plain);
    assert.deepEqual(findings[2], plain);
  });

  it('marks no ordinal that names a time, and no time counted on, as a statistic', () => {
    assert.deepEqual(of('statistic').filter((row) => /21st|31st|Three years/.test(row.split(' | ')[1])), []);
  });

  it('names who brought the complaint for the allegation in its sentence', () => {
    assert.match(of('allegation')[0], /Allegation by the Portuguese Maritime Authority/);
  });

  it('reads a whereabouts as no allegation', () => {
    assert.deepEqual(of('allegation').filter((row) => row.includes('believed')), []);
  });

  it('credits no scare-quoted word to anyone', () => {
    assert.deepEqual(of('quote').filter((row) => /proof|recovery plan/.test(row)), []);
  });

  it('gives no unattributed claim to a novel’s subject, a forecast, a stance or a sourced paragraph', () => {
    const unattributed = of('unattributed').map((row) => row.split(' | ')[1]);
    for (const start of ['Tinker', 'Mr Varga was the subject', 'Many other pilots', 'After all']) {
      assert.ok(!unattributed.some((words) => words.startsWith(start)), `${start}: ${unattributed.join('\n')}`);
    }
  });

  it('takes a framing phrase as an attribution', () => {
    assert.ok(of('attribution').some((row) => row.startsWith('attribution | As far as the port board was concerned |')), of('attribution').join('\n'));
  });
});
