// Every entry of the reporting-verb lexicon, run on its own example sentence: some cue found there
// holds the entry's form as whole words ("is expected to" holds "expected").
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { REPORTING_VERBS } from '../../../server/src/analysis/lexicons/cues';

describe('reporting-verb lexicon', () => {
  for (const entry of REPORTING_VERBS) {
    it(`finds "${entry.forms.join(' / ')}" in its example`, () => {
      assert.ok(entry.example, 'entry has an example sentence');
      const cues = analyze(entry.example)
        .filter((f) => f.kind === 'attribution' && f.cue)
        .map((f) => entry.example.slice(f.cue!.start, f.cue!.end).toLowerCase().replace(/’/g, "'"));
      assert.ok(
        cues.some((cue) => entry.forms.some((form) => ` ${cue} `.includes(` ${form} `))),
        `cues found: ${JSON.stringify(cues)}`,
      );
    });
  }
});
