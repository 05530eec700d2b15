// The colon as a cue: "Pollster Jo Rees: “…”" and headlines such as "City Hall: Budget Will Balance".
import type { Span } from '../finding';
import type { Cue } from '../lexicons/cues';
import { isPerson, sourceBefore } from './speakers';

const COLON = /:\s*(?=\S)/g;
// Words that label a line rather than name a speaker ("Correction: …", "The Latest: …").
const LABELS = /^(?:the latest|correction|clarification|update|source|sources|note|editor'?s note|related|photo|video|watch|read more|transcript|partial transcript)$/i;
const CAPITALISED_NAME = /^\p{Lu}\S*(?:\s+(?:\p{Lu}\S*|of|the|and|for|de|van|von))*$/u;

/**
 * "Pollster Jo Rees: “…”" and the headline "City Hall: Budget Will Balance" — a name opening the
 * sentence, a colon, then a quotation or a capitalised statement: the colon is the cue.
 */
export function colonCues(block: string, sentence: Span, wordCues: Cue[]): Cue[] {
  const cues: Cue[] = [];
  COLON.lastIndex = sentence.start;
  for (let match = COLON.exec(block); match && match.index < sentence.end; match = COLON.exec(block)) {
    const source = sourceBefore(block, sentence.start, match.index);
    if (!source || source.end !== match.index) continue;
    const name = block.slice(source.start, source.end);
    const next = block[match.index + match[0].length];
    const quoted = next === '“' || next === '"';
    // "Stated Stone: “…”" — the verb is the cue; the colon only introduces the quotation.
    if (LABELS.test(name) || wordCues.some((cue) => cue.start >= source.start && cue.end <= match.index)) continue;
    const named = isPerson(name) || (quoted && CAPITALISED_NAME.test(name));
    const headline = source.start === sentence.start && /^\p{Lu}/u.test(next) && /^(?:\p{Lu}\S*\s*){2,5}$/u.test(name) && isPerson(name);
    if (named && quoted) cues.push({ start: match.index, end: match.index + 1, form: ':' });
    else if (headline) cues.push({ start: match.index, end: match.index + 1, form: ':' });
  }
  return cues;
}
