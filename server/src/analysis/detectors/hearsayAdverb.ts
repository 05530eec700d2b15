// "The trust is reportedly selling the pier": an adverb of hearsay in the middle of a clause names
// no one; the clause's subject, with the auxiliary before the adverb, is a part of what is reported
// (PolNeAR marks it so, and gives none of the 20 such cues in train a source), the rest the other.
import type { Span } from '../finding';
import type { Cue } from '../lexicons/cues';

const HEARSAY = /^(?:reportedly|allegedly|seemingly|apparently|purportedly|supposedly|reputedly|ostensibly)$/;

// A word that opens the clause, not its subject ("With [the mayor] reportedly weighing a run").
const OPENER = /^(?:with|and|but|as|after|before|while|when|because|since|both|although|though|if)\s+/i;

// "reportedly argued that …", "reportedly yelling: “…”": a verb of saying after the adverb is the
// cue, and its subject the speaker.
const SAYING_NEXT = /^\s+(?:said|says|saying|told|tells|telling|argued|argues|arguing|claimed|claims|claiming|yelled|yelling|stated|wrote|writes|asked|warned|added|insisted|suggested|called|calling)\b/i;

/**
 * For a hearsay adverb, the adverb alone as the cue and the words read as its speaker, up to the
 * adverb, as the first part of the content; undefined for other cues.
 */
export function subjectOfHearsay(block: string, cue: Cue, speaker: Span): { cue: Cue; subject: Span } | undefined {
  const adverb = cue.end - cue.form.length;
  if (!HEARSAY.test(cue.form) || speaker.end > adverb) return undefined;
  let end = adverb;
  while (end > speaker.start && /\s/.test(block[end - 1])) end--;
  const start = speaker.start + (OPENER.exec(block.slice(speaker.start, end))?.[0].length ?? 0);
  if (/[,;:—–(]/.test(block.slice(speaker.end, end)) || end <= start || SAYING_NEXT.test(block.slice(cue.end, cue.end + 20))) return undefined;
  return { cue: { ...cue, start: adverb }, subject: { start, end } };
}
