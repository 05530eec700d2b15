// What an attribution is: the cue, who it credits and what it credits to them. Its own file so
// the quote detector can name it without importing the attribution detector that calls it.
import type { Span, SpeakerSpan } from '../finding';
import type { Cue } from '../lexicons/cues';

export interface Attribution extends Span {
  cue: Cue;
  speaker?: SpeakerSpan;
  speakerMention?: Span;
  content: Span[];
  /** The speaker stands where the span-edge model never saw one (frontedParticiple.ts): its edges are the rules'. */
  fixedSpeaker?: boolean;
  /** A relative pronoun or object before the speaker that is the content's first part, its edges the rules' (see relativePronoun.ts, reducedRelative.ts). */
  pronoun?: Span;
}
