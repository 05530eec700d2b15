// The detector's pipeline: prose extraction -> paragraphs (blocks) -> sentences -> detectors.
// Each block is analysed on its own with the discourse state carried in from the blocks before it,
// so that an incremental engine can cache a block's result by (block text, incoming state): the
// state carries no absolute offsets (see discourse.ts) and is re-based from block to block here.
import { byPosition, spansEndedBy, type Detected, type Finding, type Span } from '../finding';
import { findingId, numberRepeats } from './findingId';
import { extractProse, type DocumentFormat, type Prose } from '../prose/prose';
import type { ProseMap } from '../prose/proseMap';
import { splitBlocks, type Block } from '../text/blocks';
import { splitSentences } from '../text/sentences';
import { detectQuotesAndAttributions } from '../detectors/attributions';
import { initialDiscourseState, rebaseState, type DiscourseState } from '../text/discourse';
import { detectHedges } from '../detectors/hedges';
import { detectStanceAttributions } from '../detectors/stanceAttributions';
import { detectAnonymousSources } from '../detectors/anonymousSources';
import { detectRightOfReply } from '../detectors/rightOfReply';
import { detectStatistics } from '../detectors/statistics';
import { detectUnattributed } from '../detectors/unattributed';
import { detectIdentities } from '../detectors/identities';
import { compileLexicon, NO_LEXICON, type CompiledLexicon, type ProjectLexicon } from '../lexicons/projectLexicon';
import { uncounted, type Work } from '../work';

export interface AnalysisOptions {
  format?: DocumentFormat;
  /** The project file's extra terms (see projectLexicon.ts); compiled once per distinct lexicon. */
  lexicon?: ProjectLexicon;
  /** False when no hedge finding will be shown (the CLI with hedges off): they are not looked for. */
  hedges?: boolean;
}

export interface BlockAnalysis {
  /** Offsets relative to the start of the block. */
  findings: Detected[];
  state: DiscourseState;
}

const LINEAR_PASSES = 6;

/**
 * Analyses one paragraph; `block` is its text, offsets in the result are relative to it. A
 * `heading` (headline, subhead) titles the article: its statistics and quotes count, but it is no
 * unattributed claim. Without `withHedges`, no hedge findings (allegations still).
 */
export function analyzeBlock(
  block: string,
  state: DiscourseState,
  lexicon: CompiledLexicon = NO_LEXICON,
  heading = false,
  work: Work = uncounted(),
  withHedges = true,
): BlockAnalysis {
  const sentences: Span[] = splitSentences(block);
  // Splitting and each lexicon detector read the paragraph once.
  work.add(LINEAR_PASSES * block.length);
  const attributed = detectQuotesAndAttributions(block, sentences, state, lexicon.cues, work);
  const findings: Detected[] = [
    ...attributed.findings,
    ...detectStanceAttributions(block, sentences, attributed.findings),
    ...detectHedges(block, sentences, lexicon.hedges, attributed.findings, attributed.state, withHedges),
    ...detectAnonymousSources(block, sentences, lexicon.anonymousSources),
    ...detectRightOfReply(block, sentences),
    ...detectStatistics(block, sentences),
  ];
  // After "The Times reports:" the paragraph is the Times's report, not the writer's claim.
  if (!heading && !state.ledIn) {
    const unattributed = detectUnattributed(block, sentences, findings);
    findings.push(...unattributed, ...detectIdentities(block, unattributed));
  }
  return { findings, state: attributed.state };
}

/**
 * The prose of an article and its blocks, exactly as analyze() reads them; an incremental engine
 * splits the same way and feeds each block to analyzeBlock().
 */
export function splitArticle(text: string, format: DocumentFormat = 'plaintext'): { prose: Prose; blocks: Block[] } {
  const prose = extractProse(text, format);
  return { prose, blocks: splitBlocks(prose.text, format === 'plaintext', headingLineOf(prose)) };
}

/**
 * Whether the prose line starting at an offset is a heading the markup declares (HTML, Markdown);
 * undefined for plain text, whose headings the split finds by their look.
 */
export function headingLineOf(prose: Prose): ((start: number) => boolean) | undefined {
  const { headings } = prose;
  return headings ? (start: number) => insideSpan(headings, start) : undefined;
}

/** Whether `at` falls in one of `spans` (in order, not overlapping). */
function insideSpan(spans: readonly Span[], at: number): boolean {
  const next = spansEndedBy(spans, at);
  return next < spans.length && spans[next].start <= at;
}

export function analyze(text: string, options: AnalysisOptions = {}, work: Work = uncounted()): Finding[] {
  const { prose, blocks } = splitArticle(text, options.format ?? 'plaintext');
  work.add(text.length);
  const lexicon = compileLexicon(options.lexicon);
  const findings: Finding[] = [];
  let state = initialDiscourseState();
  let previousStart = 0;
  for (const block of blocks) {
    state = rebaseState(state, block.start - previousStart);
    previousStart = block.start;
    const result = analyzeBlock(prose.text.slice(block.start, block.end), state, lexicon, block.heading, work, options.hedges ?? true);
    for (const detected of result.findings) findings.push(placeDetected(detected, block.start, text, prose.map));
    state = result.state;
  }
  return numberRepeats(findings.sort(byPosition));
}

/** A block's finding placed in the text (through the prose's map, if any) and named. */
export function placeDetected(detected: Detected, blockStart: number, text: string, map?: ProseMap): Finding {
  const shifted = shiftDetected(detected, blockStart);
  const placed = map ? mapDetected(shifted, map) : shifted;
  return { id: findingId(placed.kind, text.slice(placed.start, placed.end)), ...placed };
}

function mapSpan<T extends Span>(span: T | undefined, map: ProseMap): T | undefined {
  return span && map.toSource(span);
}

function mapDetected(finding: Detected, map: ProseMap): Detected {
  return {
    ...map.toSource(finding),
    cue: mapSpan(finding.cue, map),
    speaker: mapSpan(finding.speaker, map),
    content: mapSpan(finding.content, map),
    speakerMention: mapSpan(finding.speakerMention, map),
    ...(finding.parts ? { parts: finding.parts.map((part) => map.toSource(part)) } : {}),
    ...(finding.attribution ? { attribution: map.toSource(finding.attribution) } : {}),
    ...(finding.reportedBy ? { reportedBy: { cue: map.toSource(finding.reportedBy.cue), speaker: map.toSource(finding.reportedBy.speaker) } } : {}),
  };
}

function shiftSpan<T extends Span>(span: T | undefined, by: number): T | undefined {
  return span && { ...span, start: span.start + by, end: span.end + by };
}

export function shiftDetected(finding: Detected, by: number): Detected {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    cue: shiftSpan(finding.cue, by),
    speaker: shiftSpan(finding.speaker, by),
    content: shiftSpan(finding.content, by),
    speakerMention: shiftSpan(finding.speakerMention, by),
    ...(finding.parts ? { parts: finding.parts.map((part) => shiftSpan(part, by)!) } : {}),
    ...(finding.attribution ? { attribution: shiftSpan(finding.attribution, by) } : {}),
    ...(finding.reportedBy ? { reportedBy: { cue: shiftSpan(finding.reportedBy.cue, by)!, speaker: shiftSpan(finding.reportedBy.speaker, by)! } } : {}),
  };
}
