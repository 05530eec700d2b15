// The short sentences shown as diagnostics for attributions and quotes.
import type { Span, SpeakerSpan } from '../finding';

function who(block: string, speaker: SpeakerSpan | undefined): string | undefined {
  if (!speaker) return undefined;
  const named = block.slice(speaker.start, speaker.end);
  if (speaker.name && speaker.name !== named && named) return `${speaker.name} ("${named}")`;
  return speaker.name ?? named;
}

export function attributionMessage(block: string, attribution: { speaker?: SpeakerSpan }): string {
  const name = who(block, attribution.speaker);
  return name ? `Attributed to ${name} — needs a source` : 'Attribution with no speaker named — needs a source';
}

export function quoteMessage(block: string, quote: { start: number; speaker?: SpeakerSpan; speakerMention?: Span }): string {
  // A continuation's speaker lies in an earlier block: name it without reading the text there.
  const name = quote.speaker && quote.speaker.start < 0 ? quote.speaker.name : who(block, quote.speaker);
  return name ? `Quote attributed to ${name} — needs a source` : 'Quote with no speaker named — needs a source';
}
