// "In a Harbour Gazette poll released Monday, 58 percent of residents backed the levy.": a poll or
// survey named after an opening "In" is the source of what the sentence reports, as PolNeAR marks
// it (the cue "In", the poll its source; 20 of the 29 such phrases in train). "In an interview, …"
// or "In a statement, …" names no source there (none of 106 in train), so only polls and surveys.
import type { Span } from '../finding';
import type { Cue } from '../lexicons/cues';

// The sentence opens on "In", an article or owner, at most 100 characters of name, then the poll
// or survey, at most 60 more ("released Monday"), and the comma that ends the phrase.
// A clause inside the phrase ("In a memo released as polls closed, …") puts the poll in it, not at its head.
const POLL_PHRASE = /^(\s*)In\s+(?:a|an|the|its|this|that|their|his|her|our)\s+(?:(?!\b(?:as|when|after|before|while)\b)[^,;:.“”"\n]){0,100}?\b(?:poll|survey)s?\b[^,;:“”"\n]{0,60},\s*\S/;

/** The "In" that opens `sentence` when a poll or survey follows it as the source. */
export function pollCue(block: string, sentence: Span): Cue | undefined {
  // Read no further than the phrase can reach: this runs on every sentence.
  const match = POLL_PHRASE.exec(block.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
  if (!match) return undefined;
  const start = sentence.start + match[1].length;
  return { start, end: start + 2, form: 'in', inflected: false };
}
