// Test helper: findings of one kind as the words they cover, so tables read like the article.
import { analyze } from '../../../server/src/analysis/engine/analyze';
import type { DocumentFormat } from '../../../server/src/analysis/prose/prose';
import type { Finding, FindingKind, Span } from '../../../server/src/analysis/finding';

export interface Seen {
  text: string;
  cue?: string;
  speaker?: string;
  name?: string;
  mention?: string;
  content?: string;
  /** A quote's attribution, when the quote took it in. */
  attribution?: string;
  /** A quote's or content's parts, when its attribution interrupts it. */
  parts?: string[];
  /** The source the speaker's words are reported from, cue and speaker: "according to the filing". */
  reportedBy?: string;
}

function words(text: string, span: Span | undefined): string | undefined {
  return span ? text.slice(span.start, span.end) : undefined;
}

export function seen(text: string, finding: Finding): Seen {
  const out: Seen = { text: text.slice(finding.start, finding.end) };
  if (finding.cue) out.cue = words(text, finding.cue);
  if (finding.speaker) out.speaker = words(text, finding.speaker);
  if (finding.speaker?.name) out.name = finding.speaker.name;
  if (finding.speakerMention) out.mention = words(text, finding.speakerMention);
  if (finding.content) out.content = words(text, finding.content);
  if (finding.attribution) out.attribution = words(text, finding.attribution);
  if (finding.parts) out.parts = finding.parts.map((part) => text.slice(part.start, part.end));
  if (finding.reportedBy) out.reportedBy = `${words(text, finding.reportedBy.cue)} ${words(text, finding.reportedBy.speaker)}`;
  return out;
}

export function findingsOf(text: string, kind: FindingKind, format: DocumentFormat = 'plaintext'): Seen[] {
  return analyze(text, { format })
    .filter((finding) => finding.kind === kind)
    .map((finding) => seen(text, finding));
}
