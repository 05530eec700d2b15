// What carries from one paragraph to the next, so that "he added" three paragraphs on still
// finds Mr Jin. It must stay small and JSON-serialisable, and hold no absolute offsets: an
// incremental engine caches each block's result keyed by (block text, incoming state).
import type { Span } from '../finding';

/**
 * A speaker as named earlier. `start`/`end` are relative to the start of the block the state is
 * handed to: negative when the naming is in an earlier block. A block's outgoing state is relative
 * to that block's start; `rebaseState` moves it onto the next block's start.
 */
export interface Mention extends Span {
  name: string;
  /** Where the name stands when this mention is a pronoun ("he" -> "Mr Jin" earlier). */
  named?: Span;
}

export interface DiscourseState {
  /** The last person named as a speaker: what "he" and "she" refer to. */
  person?: Mention;
  /** The last speaker of any kind ("the complaint", "Zoom"): what "it" and "they" refer to. */
  source?: Mention;
  /** The speaker of the last quotation, as named there: who a following quotation with no cue belongs to. */
  quoted?: Mention;
  /** Who the paragraph before handed this one to by ending on "The Times reports:": its claims are theirs. */
  ledIn?: Mention;
  /** The last document named as making allegations ("a complaint filed by the DoJ"): who later ones probably come from. */
  alleger?: DocumentAlleger;
}

export interface DocumentAlleger {
  /** As the text names them: "the US Department of Justice". */
  who: string;
  /** What to confirm: "confirm the complaint says so". */
  check: string;
  /** How many blocks before the current one it was named: 0 in the block itself. */
  blocksAgo: number;
}

export function initialDiscourseState(): DiscourseState {
  return {};
}

function shift(mention: Mention | undefined, by: number): Mention | undefined {
  if (!mention) return undefined;
  const moved: Mention = { name: mention.name, start: mention.start - by, end: mention.end - by };
  if (mention.named) moved.named = { start: mention.named.start - by, end: mention.named.end - by };
  return moved;
}

/** Moves a block's outgoing state onto a block that starts `distance` code units after it. */
export function rebaseState(state: DiscourseState, distance: number): DiscourseState {
  const next: DiscourseState = {};
  if (state.person) next.person = shift(state.person, distance);
  if (state.source) next.source = shift(state.source, distance);
  if (state.quoted) next.quoted = shift(state.quoted, distance);
  if (state.ledIn) next.ledIn = shift(state.ledIn, distance);
  if (state.alleger) next.alleger = { ...state.alleger, blocksAgo: state.alleger.blocksAgo + 1 };
  return next;
}
