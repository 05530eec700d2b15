// What an attribution is: the cue, who it credits and what it credits to them. Its own file so
// the quote detector can name it without importing the attribution detector that calls it.
import type { Span, SpeakerSpan } from '../finding';
import type { Cue } from '../lexicons/cues';

export interface Attribution extends Span {
  cue: Cue;
  speaker?: SpeakerSpan;
  speakerMention?: Span;
  content: Span[];
  /** A relative pronoun before the speaker that is the content's first part (see relativePronoun.ts). */
  pronoun?: Span;
}
