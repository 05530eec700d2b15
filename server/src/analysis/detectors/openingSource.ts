// "According to the harbour log, Ms. Ortega said the ferry was late.": a source that opens the
// sentence credits all that follows, the later saying included (PolNeAR's content there is "Ms.
// Ortega said the ferry was late", in all 8 such sentences of train). Its content was cut at the
// comma before the later cue, left empty, and the source lost.
import type { Span } from '../finding';
import { namesSourceAfter, type Cue } from '../lexicons/cues';
import { opensSentence } from '../text/sentenceLookup';

/** Whether `cue` names its source after it and opens the sentence ("According to X, …"). */
export function opensWithSource(block: string, sentence: Span, cue: Cue): boolean {
  return namesSourceAfter(cue) && opensSentence(block, sentence, cue.start);
}

interface Credited extends Span {
  content: Span[];
}

/**
 * Whether `inner`, the attribution right after `outer`, lies within what `outer` credits: the
 * later saying that an opening source reports ("According to the log, [Ms. Ortega said …]").
 */
export function reportsNext(outer: Credited, inner: Credited): boolean {
  const from = outer.content[0]?.start;
  const to = outer.content[outer.content.length - 1]?.end;
  if (from === undefined || to === undefined || !inner.content.length) return false;
  return from <= inner.start && inner.content[inner.content.length - 1].end <= to;
}
