// Places a paragraph's findings in the document and names them, exactly as `analyze` does
// (shiftDetected, then findingId), but without object spreads on the common shape: spreading
// findings of many shapes is slow in V8, and after an edit every later finding is placed again.
import { byPosition, type Detected, type Finding, type Span, type SpeakerSpan } from '../finding';
import { shiftDetected } from './analyze';
import { findingId } from './findingId';

/** A paragraph's findings made ready, once, for placing wherever the paragraph stands. */
export interface PreparedFindings {
  /** Sorted as `analyze` sorts them (shifting keeps the order). */
  findings: Detected[];
  /** Every finding has only the keys shiftDetected knows, and spans only start, end and name. */
  plain: boolean;
  /** Where the findings' text ends, relative to the paragraph: their ids hash the text up to here. */
  coveredEnd: number;
}

// A quote's attribution is a plain span too: most quotes carry one.
const FINDING_KEYS = new Set(['kind', 'start', 'end', 'cue', 'speaker', 'content', 'speakerMention', 'attribution', 'message']);
const SPAN_KEYS = new Set(['start', 'end', 'name']);
const SPANS = ['cue', 'speaker', 'content', 'speakerMention', 'attribution'] as const;

function hasOnly(value: object, keys: Set<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

function isPlain(finding: Detected): boolean {
  return hasOnly(finding, FINDING_KEYS) && SPANS.every((name) => !finding[name] || hasOnly(finding[name], SPAN_KEYS));
}

export function prepareFindings(detected: Detected[]): PreparedFindings {
  const findings = [...detected].sort(byPosition);
  return {
    findings,
    plain: findings.every(isPlain),
    coveredEnd: findings.reduce((end, finding) => Math.max(end, finding.end), 0),
  };
}

function shiftSpan<T extends SpeakerSpan>(span: T | undefined, by: number): T | undefined {
  if (!span) return undefined;
  const shifted: SpeakerSpan = { start: span.start + by, end: span.end + by };
  if ('name' in span) shifted.name = span.name;
  return shifted as T;
}

/** A plain finding moved by `by` and named `id`, built key by key rather than spread. */
function shiftPlain(detected: Detected, by: number, id: string): Finding {
  const finding: Finding = {
    id,
    kind: detected.kind,
    start: detected.start + by,
    end: detected.end + by,
    cue: shiftSpan<Span>(detected.cue, by),
    speaker: shiftSpan(detected.speaker, by),
    content: shiftSpan<Span>(detected.content, by),
    speakerMention: shiftSpan<Span>(detected.speakerMention, by),
    message: detected.message,
  };
  // As shiftDetected: the key only when there is one.
  if (detected.attribution) finding.attribution = shiftSpan<Span>(detected.attribution, by);
  return finding;
}

function placePlain(detected: Detected, by: number, text: string): Finding {
  const start = detected.start + by;
  return shiftPlain(detected, by, findingId(detected.kind, text.slice(start, detected.end + by)));
}

function placeAny(detected: Detected, by: number, text: string): Finding {
  const shifted = shiftDetected(detected, by);
  return { id: findingId(shifted.kind, text.slice(shifted.start, shifted.end)), ...shifted };
}

/** Findings already placed and named, moved by `by` with the text they cover unchanged: their ids stay. */
export function movePlaced(prepared: PreparedFindings, placed: readonly Finding[], by: number): Finding[] {
  return placed.map((finding) => (prepared.plain ? shiftPlain(finding, by, finding.id) : { ...shiftDetected(finding, by), id: finding.id }));
}

/** The paragraph's findings at `blockStart` in `text`, named as analyze names them. */
export function placeFindings(prepared: PreparedFindings, blockStart: number, text: string): Finding[] {
  const place = prepared.plain ? placePlain : placeAny;
  return prepared.findings.map((finding) => place(finding, blockStart, text));
}
