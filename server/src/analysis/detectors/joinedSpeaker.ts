// "The ferry was late, the pilot and the captain said." / "…, a person close to her said.": a
// speaker after the comma that closes what was said may hold "and" or "close to", where reading
// back from the cue stops; cut there, the speaker left what was said no comma before it, and the
// attribution was dropped. Only in this place, the sentence ending on the cue: elsewhere "and"
// joins clauses ("The pier shut and the mayor said …").
import type { Span } from '../finding';

// Up to four words before the joining words, after a comma; none of them opens a clause.
const JOINED_BEFORE =
  /,\s+((?!(?:as|which|who|whom|that|when|while|because|if|but|and|so|although|though|where|what|how|since|after|before)\b)(?:[\p{L}\p{N}.'’-]+\s+){1,4}(?:and|or|close\s+to|familiar\s+with|loyal\s+to|allied\s+with)\s+)$/iu;
// The sentence ends within a few words of the cue ("said.", "said in a statement.").
const ENDS_SOON = /^[^,;:“”"]{0,40}?[.!?]["”’]?\s*$/;

/** Where a speaker read back to `source.start` really starts, or `source.start` when nothing joins it. */
export function joinedSpeakerStart(block: string, sentence: Span, source: Span, cue: Span): number {
  if (!ENDS_SOON.test(block.slice(cue.end, sentence.end))) return source.start;
  const joined = JOINED_BEFORE.exec(block.slice(Math.max(sentence.start, source.start - 60), source.start));
  return joined ? source.start - joined[1].length : source.start;
}
