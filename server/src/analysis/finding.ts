// What the detector reports. Offsets are UTF-16 code units into the original text (JavaScript
// string indices); conversion to LSP positions happens once, at the edge.

export const FINDING_KINDS = [
  'attribution',
  'quote',
  'allegation',
  'anonymous-source',
  'statistic',
  'unattributed',
  'right-of-reply',
  'hedge',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Span {
  start: number;
  end: number;
}

/** How many of `spans` (in order, not overlapping) end at or before `at`: the index of the first that does not. */
export function spansEndedBy(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The order findings are reported in: by start, then by end. */
export function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** The source as named at that place in the text, with the name it resolves to ("he" -> "Mr Jin"). */
export interface SpeakerSpan extends Span {
  name?: string;
}

// "Lee, who has lived by the pier for thirty years": PolNeAR's sources take in a relative clause
// about the speaker, and the span-edge model with them; the speaker is named before it.
const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose|which)\b[\s\S]*$/;

/** The speaker's words as a reader names them: without a relative clause about them or the comma that closes an apposition ("Jo Park, 41,"). */
export function speakerAsNamed(text: string, speaker: Span): string {
  return text.slice(speaker.start, speaker.end).replace(RELATIVE_CLAUSE, '').replace(/,$/, '');
}

/** Who a finding credits: the name a pronoun or an earlier paragraph's mention resolves to, else the words named here. */
export function speakerLabel(text: string, speaker: SpeakerSpan): string {
  return speaker.name ?? (speaker.start >= 0 ? speakerAsNamed(text, speaker) : '');
}

export interface Finding {
  /** The same for the same kind on the same words wherever they move, run after run; repeats are numbered (see findingId). */
  id: string;
  kind: FindingKind;
  start: number;
  end: number;
  /** The attributing words only: "said", "according to", "allegedly". */
  cue?: Span;
  speaker?: SpeakerSpan;
  /** What is attributed or claimed. */
  content?: Span;
  /** Where the speaker was named, for pronoun and continuation speakers (relatedInformation). */
  speakerMention?: Span;
  /**
   * A quote interrupted by its attribution (“…,” he added, “…”): the quotations, marks included,
   * in order. The finding spans them all, the attribution between them included. An attribution
   * that interrupts its content ("The pier, she said, will close"): the content's parts.
   */
  parts?: Span[];
  /**
   * The attribution a quote took in ("Zoom notes", "he added"): a quote and its attribution are one
   * claim. Ledger slots recorded on the attribution before they were joined find the claim by it.
   */
  attribution?: Span;
  /**
   * Where the speaker's words are reported from: "according to the complaint" in "As Mr Jin told
   * colleagues, according to the complaint, …". One claim: the complaint is to have them say it.
   */
  reportedBy?: ReportedBy;
  message: string;
}

export interface ReportedBy {
  cue: Span;
  speaker: SpeakerSpan;
}

/** A finding as a detector reports it, before the pipeline places it in the text and names it. */
export type Detected = Omit<Finding, 'id'>;
