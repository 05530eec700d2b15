// Every lexicon entry's example sentence must be found by its detector, as that entry.
import assert from 'node:assert/strict';
import type { Detected, FindingKind, Span } from '../../../server/src/analysis/finding';
import { LexiconMatcher, type Lexicon } from '../../../server/src/analysis/lexicons/lexicon';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { detectHedges } from '../../../server/src/analysis/detectors/hedges';
import { detectAnonymousSources } from '../../../server/src/analysis/detectors/anonymousSources';
import { detectRightOfReply } from '../../../server/src/analysis/detectors/rightOfReply';
import allegations from '../../../server/src/analysis/lexicons/allegations.json';
import hedges from '../../../server/src/analysis/lexicons/hedges.json';
import anonymousSources from '../../../server/src/analysis/lexicons/anonymous-sources.json';
import rightOfReply from '../../../server/src/analysis/lexicons/right-of-reply.json';

const lexicons: { name: string; lexicon: Lexicon; kind: FindingKind; detect: (block: string, sentences: Span[]) => Detected[] }[] = [
  { name: 'allegations', lexicon: allegations, kind: 'allegation', detect: detectHedges },
  { name: 'hedges', lexicon: hedges, kind: 'hedge', detect: detectHedges },
  { name: 'anonymous-sources', lexicon: anonymousSources, kind: 'anonymous-source', detect: detectAnonymousSources },
  { name: 'right-of-reply', lexicon: rightOfReply, kind: 'right-of-reply', detect: detectRightOfReply },
];

for (const { name, lexicon, kind, detect } of lexicons) {
  describe(`lexicon ${name}`, () => {
    it('says where its terms came from', () => assert.ok(lexicon.about.length > 40));
    const matcher = new LexiconMatcher(lexicon);
    for (const entry of lexicon.entries) {
      it(`finds "${entry.cue}" in its example`, () => {
        const hit = matcher.match(entry.example).find((match) => match.entry === entry);
        assert.ok(hit, `entry "${entry.cue}" not matched in: ${entry.example}`);
        const findings = detect(entry.example, splitSentences(entry.example));
        const finding = findings.find((f) => f.cue?.start === hit.start && f.cue.end === hit.end);
        assert.equal(finding?.kind, kind, `no ${kind} finding at "${entry.example.slice(hit.start, hit.end)}"`);
      });
    }
  });
}
