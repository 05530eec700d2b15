// The short sentences shown as diagnostics for attributions and quotes.
import { speakerAsNamed, type ReportedBy, type Span, type SpeakerSpan } from '../finding';
import { confirmDocument } from './documentSources';
import { editorialInsertions } from './editorialInsertions';

function who(block: string, speaker: SpeakerSpan | undefined): string | undefined {
  if (!speaker) return undefined;
  const named = speakerAsNamed(block, speaker);
  if (speaker.name && speaker.name !== named && named) return `${speaker.name} ("${named}")`;
  return speaker.name ?? named;
}

/** What the checker must do: find a source, or, when the source is a named document, confirm it says it. */
function task(source: string): string {
  return confirmDocument(source) ?? 'needs a source';
}

/** ", according to the complaint": who the speaker's words are reported from, as the text says it. */
function reportedFrom(block: string, reportedBy: ReportedBy | undefined): string {
  return reportedBy ? `, ${block.slice(reportedBy.cue.start, reportedBy.cue.end)} ${who(block, reportedBy.speaker)}` : '';
}

/** The task set by the source the claim rests on: the one it is reported from, if any. */
function taskOf(block: string, name: string, speaker: SpeakerSpan | undefined, reportedBy: ReportedBy | undefined): string {
  return task(reportedBy ? (reportedBy.speaker.name ?? speakerAsNamed(block, reportedBy.speaker)) : (speaker?.name ?? name));
}

export function attributionMessage(block: string, attribution: { speaker?: SpeakerSpan; reportedBy?: ReportedBy }): string {
  const name = who(block, attribution.speaker);
  if (!name) return 'Attribution with no speaker named — needs a source';
  return `Attributed to ${name}${reportedFrom(block, attribution.reportedBy)} — ${taskOf(block, name, attribution.speaker, attribution.reportedBy)}`;
}

/** The editor's words in a quote, to be checked against the original: "; it contains an editorial insertion ‘[the board]’: …". */
function insertionNote(block: string, quote: Span): string {
  const insertions = editorialInsertions(block.slice(quote.start, quote.end));
  if (!insertions.length) return '';
  const listed = insertions.map((words) => `‘${words}’`).join(', ');
  return insertions.length === 1
    ? `; it contains an editorial insertion ${listed}: check it against the original`
    : `; it contains editorial insertions ${listed}: check them against the original`;
}

export function quoteMessage(block: string, quote: Span & { speaker?: SpeakerSpan; speakerMention?: Span; reportedBy?: ReportedBy }): string {
  // A continuation's speaker lies in an earlier block: name it without reading the text there.
  const name = quote.speaker && quote.speaker.start < 0 ? quote.speaker.name : who(block, quote.speaker);
  if (!name) return `Quote with no speaker named — needs a source${insertionNote(block, quote)}`;
  return `Quote attributed to ${name}${reportedFrom(block, quote.reportedBy)} — ${taskOf(block, name, quote.speaker, quote.reportedBy)}${insertionNote(block, quote)}`;
}
