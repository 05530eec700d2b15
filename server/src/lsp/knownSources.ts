// The sources to offer first when a checker attaches one: those already attached in the claim's
// sentence, then those the claim names ("according to the DoJ complaint" -> "DoJ complaint"),
// then the rest of the article's by how often they are used, then the project file's. A checker
// attaches the same few documents to many claims of one article; typing them again is the chore.
import type { Claim, SourceRef } from '../ledger/slot';
import type { KnownSource, KnownSourceOrigin } from '../protocol';
import { sameSource, sentenceAround } from './claimSentence';

interface Candidate {
  source: KnownSource;
  origin: KnownSourceOrigin;
  /** Share of the name's words found in the claim's sentence. */
  named: number;
  uses: number;
}

/** Its own sentence's sources first; then any the claim names (half its words or more); then the article's, then the project's. */
function rank(candidate: Candidate): number {
  if (candidate.origin === 'sentence') return 0;
  if (candidate.named >= 0.5) return 1;
  return candidate.origin === 'article' ? 2 : 3;
}
const MINOR_WORDS = new Set(['the', 'and', 'for', 'from', 'with', 'www', 'http', 'https', 'com', 'org', 'html']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => !MINOR_WORDS.has(w));
}

/** How much of the source's name the sentence mentions: 1 when every word of it is there. */
function namedIn(sentence: string, name: string): number {
  const wanted = words(name);
  if (!wanted.length) return 0;
  const said = new Set(words(sentence));
  return wanted.filter((w) => said.has(w)).length / wanted.length;
}

/** A file source as the client attaches it: its file: URI, from the ledger's path relative to the article. */
function sourceUrl(articleUri: string, source: SourceRef): string | undefined {
  if (source.kind === 'url') return source.target;
  try {
    return new URL(source.target, articleUri).href;
  } catch {
    return undefined;
  }
}

export function knownSources(
  text: string,
  articleUri: string,
  claims: readonly Claim[],
  projectSources: Readonly<Record<string, string>>,
  claim?: Claim,
): KnownSource[] {
  const sentenceRange = claim && claim.status !== 'orphaned' ? sentenceAround(text, claim.range) : undefined;
  const sentence = sentenceRange ? text.slice(sentenceRange.start, sentenceRange.end) : '';
  const candidates: Candidate[] = [];
  for (const other of claims) {
    const inSentence = !!sentenceRange && other.status !== 'orphaned' && other.range.start < sentenceRange.end && sentenceRange.start < other.range.end;
    for (const source of other.slot?.sources ?? []) {
      if (source.refused) continue;
      const known = candidates.find((c) => c.source.kind === source.kind && sameTarget(articleUri, c.source, source));
      if (known) {
        known.uses++;
        if (inSentence) known.origin = 'sentence';
        continue;
      }
      const url = sourceUrl(articleUri, source);
      if (!url) continue;
      const name = source.title || source.target;
      candidates.push({ source: { name, url, kind: source.kind }, origin: inSentence ? 'sentence' : 'article', named: namedIn(sentence, name), uses: 1 });
    }
  }
  for (const [name, url] of Object.entries(projectSources)) {
    if (candidates.some((c) => c.source.kind === 'url' && c.source.url === url)) continue;
    candidates.push({ source: { name, url, kind: 'url' }, origin: 'project', named: namedIn(sentence, name), uses: 0 });
  }
  candidates.sort((a, b) => rank(a) - rank(b) || b.named - a.named || b.uses - a.uses || a.source.name.localeCompare(b.source.name));
  return candidates.map(({ source, origin, uses }) => ({ ...source, origin, ...(uses ? { uses } : {}) }));
}

function sameTarget(articleUri: string, known: KnownSource, source: SourceRef): boolean {
  return sameSource({ kind: known.kind ?? 'url', target: known.url }, { kind: source.kind, target: sourceUrl(articleUri, source) ?? source.target });
}
