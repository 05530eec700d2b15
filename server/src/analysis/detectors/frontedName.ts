// "In that winter, Tom Hale, who ran the kiosk, said …": read back from the cue, the speaker stopped
// at the "that" of the phrase before the name, began in lower case and named no one, and the words
// after the cue were taken for the speaker ("said [the town nearly emptied]"). The name that a
// relative clause describes, after the phrase's comma, is the speaker.

interface Word {
  start: number;
  end: number;
  text: string;
}

const RELATIVE = /^(?:who|which|whose)$/i;
const NAME_WORDS = 5;

/**
 * The speaker in `inner` (the words read back to the cue's comma) from the name that stands between
 * an earlier comma and the comma before a relative pronoun, when it is capitalised and short.
 */
export function nameAfterFrontedPhrase(inner: Word[]): { start: number; end: number } | undefined {
  const relative = inner.findIndex((word, i) => word.text === ',' && RELATIVE.test(inner[i + 1]?.text ?? ''));
  if (relative < 2) return undefined;
  let from = relative - 1;
  while (from > 0 && inner[from - 1].text !== ',') from--;
  // No phrase before the name: the reading as it was stands.
  if (from === 0 || relative - from > NAME_WORDS || !/^\p{Lu}/u.test(inner[from].text)) return undefined;
  // The description stays with the name, as PolNeAR's sources keep it.
  return { start: inner[from].start, end: inner[inner.length - 1].end };
}
