import type { Detected, Span } from './finding';

/** What carries from one paragraph to the next: the last named speaker, for "he added". */
export interface DiscourseState {
  lastSpeaker?: string;
}

export function initialDiscourseState(): DiscourseState {
  return {};
}

export function detectQuotesAndAttributions(
  _block: string,
  _sentences: Span[],
  state: DiscourseState,
): { findings: Detected[]; state: DiscourseState } {
  return { findings: [], state };
}
