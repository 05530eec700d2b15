// "Ana Ruiz, a nurse who described herself as a lifelong Labour voter, said …": a speaker read
// back across an earlier cue in the description set off by commas is the name before the
// description, and the later verb still a cue. PolNeAR never marks a source that holds a cue.
import type { Span } from '../finding';

// The name: one to five words opening on a capital or a determiner, then the comma.
const NAME = /^(?:(?:the|a|an|his|her|their|its)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}(?=\s*,)/u;
// The description opens on an article or a capital, and a relative pronoun leads to the cue.
// Or the relative pronoun opens it: "Sanders, who had not endorsed anyone, decided …".
const DESCRIPTION = /^\s*,\s+(?:(?:a|an|the|\p{Lu})[^,;:“”"]*\b)?(?:who|which|that)\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * The name that a description holding `earlierCue` follows, when `source` runs from it across that
 * cue; undefined when the source is no such name and description.
 */
export function nameBeforeDescription(block: string, source: Span, earlierCue: Span): Span | undefined {
  const name = NAME.exec(block.slice(source.start, earlierCue.start));
  if (!name) return undefined;
  const end = source.start + name[0].length;
  return DESCRIPTION.test(block.slice(end, earlierCue.start)) ? { start: source.start, end } : undefined;
}
