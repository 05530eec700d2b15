import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { IncrementalAnalyzer } from '../../../server/src/analysis/engine/incremental';
import { compileLexicon, type ProjectLexicon } from '../../../server/src/analysis/lexicons/projectLexicon';
import type { FindingKind } from '../../../server/src/analysis/finding';
import { seen, type Seen } from './findingsOf';

function findings(text: string, kind: FindingKind, lexicon?: ProjectLexicon): Seen[] {
  return analyze(text, { lexicon })
    .filter((finding) => finding.kind === kind)
    .map((finding) => seen(text, finding));
}

// [sentence, the project's lexicon, kind, found with the lexicon (without it: nothing of that text)]
const TABLE: [string, ProjectLexicon, FindingKind, Seen[]][] = [
  [
    'The harbour master vlogged that the pier would close.',
    { reportingVerbs: ['vlogged'] },
    'attribution',
    [{ text: 'The harbour master vlogged', cue: 'vlogged', speaker: 'The harbour master', content: 'that the pier would close' }],
  ],
  // Multi-word verbs, any case and curly apostrophes in the project file.
  [
    'The ferry captain live-streamed that the crossing was cancelled 🚢.',
    { reportingVerbs: ['Live-Streamed'] },
    'attribution',
    [{ text: 'The ferry captain live-streamed', cue: 'live-streamed', speaker: 'The ferry captain', content: 'that the crossing was cancelled 🚢' }],
  ],
  [
    'Ms Okafor put on record that the tender was rigged.',
    { reportingVerbs: ['put on record'] },
    'attribution',
    [{ text: 'Ms Okafor put on record', cue: 'put on record', speaker: 'Ms Okafor', content: 'that the tender was rigged' }],
  ],
  [
    '港口 traffic is arguably the busiest in a decade.',
    { hedges: ['arguably'] },
    'hedge',
    [{ text: 'arguably', cue: 'arguably', content: '港口 traffic is arguably the busiest in a decade.' }],
  ],
  [
    'The toll rise is, on the face of it, modest.\r\nNobody objected.',
    { hedges: ['on the face of it'] },
    'hedge',
    [{ text: 'on the face of it', cue: 'on the face of it', content: 'The toll rise is, on the face of it, modest.' }],
  ],
  [
    'A dockside insider confirmed the closure.',
    { anonymousSources: ['dockside insider'] },
    'anonymous-source',
    [{ text: 'dockside insider', cue: 'dockside insider', content: 'A dockside insider confirmed the closure.' }],
  ],
  // A phrase ending in a preposition runs on to what it names, like the built-in ones.
  [
    'Someone in the orbit of the mayor said the memo was real.',
    { anonymousSources: ['someone in the orbit of'] },
    'anonymous-source',
    [{ text: 'Someone in the orbit of the mayor', cue: 'Someone in the orbit of', content: 'Someone in the orbit of the mayor said the memo was real.' }],
  ],
];

describe('project lexicon', () => {
  for (const [text, lexicon, kind, expected] of TABLE) {
    it(`${JSON.stringify(lexicon)}: ${text}`, () => {
      assert.deepEqual(findings(text, kind, lexicon), expected);
      const without = findings(text, kind).map((finding) => finding.text);
      for (const { text: words } of expected) assert.ok(!without.includes(words), `"${words}" is found without the lexicon`);
    });
  }

  it('does not add a project hedge where a built-in cue already is', () => {
    const text = 'The mayor allegedly took the cash.';
    assert.deepEqual(findings(text, 'hedge', { hedges: ['allegedly'] }), []);
    assert.equal(findings(text, 'allegation', { hedges: ['allegedly'] }).length, 1);
  });

  it('leaves out terms the matcher cannot anchor, and never throws on them', () => {
    const lexicon = { hedges: ['“quoted”', 'a|b', '42 things'], anonymousSources: ['—insider'], reportingVerbs: [' '] };
    assert.equal(compileLexicon(lexicon).key, '', 'nothing usable: the built-in lexicon alone');
    assert.deepEqual(analyze('It is “quoted” a lot, 42 things.', { lexicon }), analyze('It is “quoted” a lot, 42 things.'));
  });

  it('compiles each distinct lexicon once', () => {
    const first = compileLexicon({ reportingVerbs: ['vlogged'], hedges: ['arguably'] });
    assert.equal(compileLexicon({ reportingVerbs: [' Vlogged '], hedges: ['arguably', 'Arguably'] }), first);
    assert.notEqual(compileLexicon({ reportingVerbs: ['vlogged'], hedges: ['conceivably'] }), first);
  });

  it('an incremental analyzer uses its lexicon and equals a fresh analysis with it', () => {
    const lexicon = { reportingVerbs: ['vlogged'], hedges: ['arguably'] };
    const text = 'The harbour master vlogged that the pier would close.\n\nIt is arguably late.';
    const engine = new IncrementalAnalyzer('plaintext', lexicon);
    assert.deepEqual(engine.update(text), analyze(text, { lexicon }));
    const edited = text.replace('late', 'too late');
    assert.deepEqual(engine.update(edited), analyze(edited, { lexicon }));
    assert.notEqual(engine.lexiconKey, new IncrementalAnalyzer('plaintext').lexiconKey);
    assert.ok(!new IncrementalAnalyzer('plaintext').update(text).some((finding) => finding.kind === 'hedge'));
  });
});
