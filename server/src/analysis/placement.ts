// Places a paragraph's findings in the document and names them, exactly as `analyze` does
// (shiftDetected, then findingId), but without object spreads on the common shape: spreading
// findings of many shapes is slow in V8, and after an edit every later finding is placed again.
import type { Detected, Finding, Span } from './finding';
import { shiftDetected } from './analyze';
import { findingId } from './findingId';

export interface Placement {
  start: number;
  /** The text the findings span (their ids hash it). */
  covered: Span;
  /** Sorted as `analyze` sorts them. */
  findings: Finding[];
}

/** The keys shiftDetected knows; a finding with any other key is placed by shiftDetected itself. */
const PLAIN_KEYS = new Set(['kind', 'start', 'end', 'cue', 'speaker', 'content', 'speakerMention', 'message']);

function isPlain(detected: Detected): boolean {
  for (const key in detected) if (!PLAIN_KEYS.has(key)) return false;
  return true;
}

function shiftSpan<T extends Span>(span: T | undefined, by: number): T | undefined {
  return span && { ...span, start: span.start + by, end: span.end + by };
}

function named(shifted: Detected, text: string): Finding {
  return { id: findingId(shifted.kind, shifted.start, text.slice(shifted.start, shifted.end)), ...shifted };
}

function place(detected: Detected, by: number, text: string): Finding {
  if (!isPlain(detected)) return named(shiftDetected(detected, by), text);
  const start = detected.start + by;
  const end = detected.end + by;
  return {
    id: findingId(detected.kind, start, text.slice(start, end)),
    kind: detected.kind,
    start,
    end,
    cue: shiftSpan(detected.cue, by),
    speaker: shiftSpan(detected.speaker, by),
    content: shiftSpan(detected.content, by),
    speakerMention: shiftSpan(detected.speakerMention, by),
    message: detected.message,
  };
}

export function placeFindings(detected: Detected[], blockStart: number, text: string): Placement {
  const findings = detected.map((finding) => place(finding, blockStart, text)).sort((a, b) => a.start - b.start || a.end - b.end);
  const covered = { start: blockStart, end: blockStart };
  for (const finding of findings) {
    covered.start = Math.min(covered.start, finding.start);
    covered.end = Math.max(covered.end, finding.end);
  }
  return { start: blockStart, covered, findings };
}
