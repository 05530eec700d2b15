import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import type { DocumentFormat } from '../../../server/src/analysis/prose/prose';
import type { TextChange } from '../../../server/src/analysis/engine/textChange';

// Pieces of newsroom prose, written for this test: quotes with and without a named speaker,
// pronoun continuations, cues, numbers, anonymous sources, markup, bare web addresses (and the
// starts of some, for an edit to complete), and the awkward characters.
const FRAGMENTS = [
  'Mayor Ilse Varga said the bridge would reopen in May.',
  '“We have nothing to hide,” she said.',
  '"The audit is finished," he added.',
  '“It was never about the money,” Tomás Ferreira told reporters, “it was about trust.”',
  'According to the port authority, 4,200 containers were held last year.',
  'The council reportedly spent €1.3 million on consultants.',
  'People familiar with the talks said a deal was close.',
  'Officials said the figures may be revised.',
  'The company did not respond to a request for comment.',
  'Unemployment fell to 3.9% in the second quarter, the lowest since 2008.',
  'It is the region’s largest employer.',
  'Dr Amara Osei, who led the study, said: “The effect is small but real.”',
  '“Nobody told us,” a resident said. 🏗️ The works began on 12 March.',
  '北京 officials declined to comment.',
  'He is accused of diverting 12 per cent of the budget 👍🏽.',
  'Mr Ode faces a lawsuit filed in May by the Harbour Trust over allegedly dumped waste.',
  'The firm allegedly hid the invoices.',
  '',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  ' ',
  '# Port dispute',
  '**Bold claim:** prices rose 40%.',
  '[the report](https://example.invalid/report) says otherwise.',
  '```\nsaid = 42 # code, not prose\n```',
  '<p>The minister said <em>“no comment”</em>.</p>',
  'Read more: http://example.invalid/2176fPm.',
  '(see www.example.invalid/a_(1932))',
  '“',
  '”',
  'said',
  '.',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const article = fc.array(fc.tuple(fragment, fc.constantFrom(' ', '\n', '\n\n', '\r\n', '')), { maxLength: 30 })
  .map((parts) => parts.map(([text, gap]) => text + gap).join(''));

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 80 })),
  insert: fc.oneof(fragment, fc.constantFrom('a', 'X', '"', '“', '\n', '\r\n', '7', '😀', '', 'http://', 'www.', ':'), article),
});

function apply(text: string, { at, remove, insert }: Edit): string {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(start + remove);
}

/** `change` claims no more unchanged at either end than `before` and `after` share. */
function assertChange(change: TextChange, before: string, after: string): void {
  assert.equal(change.previousLength, before.length);
  assert.equal(change.length, after.length);
  assert.ok(change.unchangedPrefix + change.unchangedSuffix <= Math.min(before.length, after.length));
  assert.equal(after.slice(0, change.unchangedPrefix), before.slice(0, change.unchangedPrefix));
  assert.equal(after.slice(after.length - change.unchangedSuffix), before.slice(before.length - change.unchangedSuffix));
}

describe('IncrementalAnalyzer', () => {
  for (const format of ['plaintext', 'markdown', 'html'] as DocumentFormat[]) {
    it(`gives the same findings as a fresh analysis after every edit (${format})`, function () {
      this.timeout(120_000);
      fc.assert(
        fc.property(article, fc.array(edit, { maxLength: 25 }), (initial, edits) => {
          const engine = new IncrementalAnalyzer(format);
          let text = initial;
          assert.deepEqual(engine.update(text), analyze(text, { format }));
          for (const change of edits) {
            text = apply(text, change);
            assert.deepEqual(engine.update(text), analyze(text, { format }));
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('re-analyses only the paragraph that changed when the state it hands on is the same', () => {
    const paragraphs = ['Mayor Ilse Varga said the bridge would reopen in May.', '“It will be on time,” she added.', 'Prices rose 40% last year.'];
    const engine = new IncrementalAnalyzer();
    engine.update(paragraphs.join('\n\n'));
    assert.deepEqual(engine.stats, { blocks: 3, analysed: 3 });
    engine.update([paragraphs[0].replace('bridge', 'tunnel'), ...paragraphs.slice(1)].join('\n\n'));
    assert.deepEqual(engine.stats, { blocks: 3, analysed: 1 });
  });

  it('links a later paragraph to the new place of the speaker it refers back to, without analysing it again', () => {
    const engine = new IncrementalAnalyzer();
    engine.update('Mayor Ilse Varga said the bridge would reopen in May.\n\n“It will be on time,” she added.');
    const text = 'Mayor Ilse Varga said the old bridge would reopen in May.\n\n“It will be on time,” she added.';
    const findings = engine.update(text);
    assert.deepEqual(engine.stats, { blocks: 2, analysed: 1 });
    assert.deepEqual(findings, analyze(text));
    const quote = findings.find((f) => f.kind === 'quote');
    assert.deepEqual(quote?.speakerMention, { start: 0, end: 16 });
  });

  it('analyses a later paragraph again when the speakers it was handed changed, not only moved', () => {
    const engine = new IncrementalAnalyzer();
    engine.update('Mayor Ilse Varga said the bridge would reopen in May.\n\n“It will be on time,” she added.');
    const text = 'Mayor Ilse Vargas said the bridge would reopen in May.\n\n“It will be on time,” she added.';
    const findings = engine.update(text);
    assert.deepEqual(engine.stats, { blocks: 2, analysed: 2 });
    assert.deepEqual(findings, analyze(text));
  });

  it('hands on the document named as making allegations when a speaker before it only moved', () => {
    const engine = new IncrementalAnalyzer();
    const later = 'Mr Ode faces a lawsuit filed in May by the Harbour Trust over allegedly dumped waste.\n\nThe firm allegedly hid the invoices.\n\nIt allegedly paid the inspector.';
    engine.update(`Mayor Ilse Varga said the bridge would reopen in May.\n\n${later}`);
    const text = `On Monday, Mayor Ilse Varga said the bridge would reopen in May.\n\n${later}`;
    const findings = engine.update(text);
    assert.deepEqual(findings, analyze(text));
    assert.match(findings.filter((f) => f.kind === 'allegation').at(-1)!.message, /^Allegation, probably by the Harbour Trust \(named 2 paragraphs before\)/);
    // The lawsuit no longer named by whom while the speakers before only moved: no cached guess survives.
    const unnamed = text.replace('On Monday, Mayor', 'On Tuesday, Mayor').replace(' filed in May by the Harbour Trust', '');
    assert.deepEqual(engine.update(unnamed), analyze(unnamed));
  });

  it('re-analyses only the edited paragraph when the speaker named in it moves with it', () => {
    const engine = new IncrementalAnalyzer();
    engine.update('Mayor Ilse Varga said the bridge would reopen in May.\n\n“It will be on time,” she added.');
    const text = 'On Monday, Mayor Ilse Varga said the bridge would reopen in May.\n\n“It will be on time,” she added.';
    const findings = engine.update(text);
    assert.deepEqual(engine.stats, { blocks: 2, analysed: 1 });
    assert.deepEqual(findings, analyze(text));
    const quote = findings.find((f) => f.kind === 'quote');
    assert.deepEqual(quote?.speakerMention, { start: 11, end: 27 });
  });

  it('hands the speaker on over the new distance when blank lines are added between paragraphs', () => {
    const engine = new IncrementalAnalyzer();
    engine.update('Mayor Ilse Varga said the bridge would reopen in May.\n\n“It will be on time,” she added.');
    const text = 'Mayor Ilse Varga said the bridge would reopen in May.\n\n\n\n“It will be on time,” she added.';
    const findings = engine.update(text);
    assert.deepEqual(findings, analyze(text));
    assert.deepEqual(findings.find((f) => f.kind === 'quote')?.speakerMention, { start: 0, end: 16 });
  });

  it('renames a finding whose markup changed though its prose did not (ids hash the original text)', () => {
    const engine = new IncrementalAnalyzer('markdown');
    engine.update('**Bold claim:** prices rose 40% in the year to March.');
    const text = '__Bold claim:__ prices rose 40% in the year to March.';
    assert.deepEqual(engine.update(text), analyze(text, { format: 'markdown' }));
    assert.equal(engine.stats.analysed, 0);
  });

  it('keeps a finding’s id when text is typed before it, and numbers repeats of the same words in reading order', () => {
    const engine = new IncrementalAnalyzer('plaintext');
    const text = 'Fares rose 12% in May.\n\nThe harbour master said little.\n\nFares rose 12% in May.\n';
    const ids = (findings: { id: string; kind: string }[]) => findings.filter((f) => f.kind === 'unattributed').map((f) => f.id);
    const [first, repeat] = ids(engine.update(text));
    assert.ok(first && repeat);
    assert.equal(repeat, `${first}.2`);
    const typed = text.replace('harbour master', 'harbour master quietly');
    assert.deepEqual(ids(engine.update(typed)), [first, repeat]);
    // A third statement of the figure, first in the text: it takes the plain id, the others move down one.
    const third = `Fares rose 12% in May.\n\n${typed}`;
    const findings = engine.update(third);
    assert.deepEqual(ids(findings), [first, `${first}.2`, `${first}.3`]);
    assert.deepEqual(findings, analyze(third));
    assert.equal(new Set(findings.map((f) => f.id)).size, findings.length);
  });

  it('re-analyses nothing when only the line endings between paragraphs change', () => {
    const engine = new IncrementalAnalyzer();
    engine.update('The port handled 4,200 containers. 🚢\n\nPrices rose 40% last year.');
    engine.update('The port handled 4,200 containers. 🚢\r\n\r\n\r\nPrices rose 40% last year.');
    assert.deepEqual(engine.stats, { blocks: 2, analysed: 0 });
  });

  it('keeps at most 64 paragraphs beyond the document’s, however many edits', () => {
    const engine = new IncrementalAnalyzer();
    let text = 'Officials said the figures may be revised.\n\nThe council spent €1.3 million.\n\n“We are ready,” she said.';
    engine.update(text);
    let most = 0;
    for (let i = 0; i < 300; i++) {
      text = `${text.slice(0, 20)}${i % 10}${text.slice(20)}`;
      engine.update(text);
      most = Math.max(most, engine.cachedBlocks);
    }
    assert.ok(most <= engine.stats.blocks + 64, `cache held ${most} paragraphs`);
  });

  it('analyses nothing again when typing is undone a few versions later', () => {
    const engine = new IncrementalAnalyzer();
    const original = 'Officials said the figures may be revised.\n\nThe council spent €1.3 million.\n\n“We are ready,” she said.';
    engine.update(original);
    let text = original;
    for (const typed of 'abc') {
      text = `${text.slice(0, 20)}${typed}${text.slice(20)}`;
      engine.update(text);
    }
    assert.deepEqual(engine.update(original), analyze(original));
    assert.deepEqual(engine.stats, { blocks: 3, analysed: 0 });
  });

  it('hands back the same findings for a repeated paragraph before an edit, and moved ones after it', () => {
    const repeated = 'Costs rose 18% last year.';
    const text = `${repeated}\n\n${repeated}\n\n${repeated}\n\nThe council spent €1.3 million.\n\nPeople familiar with the talks said a deal was close.\n`;
    const engine = new IncrementalAnalyzer('markdown');
    const before = engine.update(text);
    const edited = text.replace('The council', 'The city council');
    const after = engine.update(edited);
    assert.deepEqual(after, analyze(edited, { format: 'markdown' }));
    const repeats = before.filter((finding) => finding.start < text.indexOf('The council'));
    assert.ok(repeats.length >= 3);
    for (const finding of repeats) assert.ok(after.includes(finding), `${finding.id} was placed again`);
    const last = before.at(-1)!;
    assert.equal(after.at(-1)!.start, last.start + 'city '.length);
  });

  it('gives the same findings after a prepare() run to its end, cut short, or made for an older text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(article, fc.array(fc.tuple(edit, fc.nat({ max: 40 })), { maxLength: 10 }), fc.constantFrom<DocumentFormat>('plaintext', 'markdown', 'html'), (initial, edits, format) => {
        const engine = new IncrementalAnalyzer(format);
        let text = initial;
        Array.from(engine.prepare(text));
        assert.deepEqual(engine.update(text), analyze(text, { format }));
        for (const [change, pauses] of edits) {
          const older = text;
          text = apply(text, change);
          // Resumed `pauses` times, then dropped (perhaps while it places findings); sometimes for the text before this edit.
          const run = engine.prepare(pauses % 2 ? older : text);
          for (let i = 0; i < pauses && !run.next().done; i++);
          const result = engine.analyse(text);
          assert.deepEqual(result.findings, analyze(text, { format }));
          assertChange(result.change, older, text);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('says how the text changed since the result it gave last, though a placement for a newer text went untaken', () => {
    const first = 'Mayor Ilse Varga said the bridge would reopen in May.\n\nPrices rose 40% last year.';
    const second = `${first}\n\nThe council reportedly spent €1.3 million on consultants.`;
    const third = `Update: ${second}`;
    const engine = new IncrementalAnalyzer();
    engine.analyse(first);
    Array.from(engine.prepare(second));
    // Placed in full for `second`, then dropped for `third` half-way through its placement.
    const run = engine.prepare(third);
    let step = run.next();
    while (!step.done && step.value < 1) step = run.next();
    const result = engine.analyse(third);
    assert.deepEqual(result.findings, analyze(third));
    // From `first`, not `second`: the editor's diagnostics were last built for `first`.
    assert.deepEqual(result.change, { unchangedPrefix: 0, unchangedSuffix: 0, previousLength: first.length, length: third.length });
  });

  it('pauses after splitting the text, after each paragraph it analyses, none it had, and leaves analyse() nothing to analyse', () => {
    const paragraph = 'Mayor Ilse Varga said the bridge would reopen in May.';
    const text = Array.from({ length: 200 }, (_, i) => `${paragraph} (${String(i < 150 ? i : i - 50).padStart(3, '0')})`).join('\n\n');
    const engine = new IncrementalAnalyzer();
    const steps = engine.prepare(text);
    assert.deepEqual(steps.next(), { done: false, value: 0 });
    assert.equal(engine.cachedBlocks, 0, 'split, no paragraph analysed yet');
    const shares = [...steps];
    const analysing = shares.slice(0, 150);
    assert.ok(analysing.every((share, i) => share > 0 && share < 1 && (i === 0 || share > analysing[i - 1])), 'the last 50 paragraphs repeat earlier ones: no pause for them');
    assert.deepEqual(shares.slice(150), Array<number>(200).fill(1), 'then a pause after placing each paragraph’s findings');
    assert.deepEqual(engine.update(text), analyze(text));
    assert.deepEqual(engine.stats, { blocks: 200, analysed: 0 });
  });
});
