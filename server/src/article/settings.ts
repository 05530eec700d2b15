// The `factcheck.*` settings as the server reads them (workspace/configuration). Clients that do
// not answer configuration requests (e.g. a bare stdio client) get the defaults.
import { FINDING_KINDS, type FindingKind } from '../analysis/finding';
import type { Claim } from '../ledger/slot';
import { SEVERITIES, type Severity } from '../config/projectConfig';

/** The same levels in settings and in the project file. */
export type SeverityName = Severity;

export interface FactcheckSettings {
  /** Per kind: how its open findings are shown, or "off" to hide the kind. */
  severity: Record<FindingKind, SeverityName>;
  /** How resolved findings are shown. */
  resolvedSeverity: SeverityName;
  /** Documents longer than this (in characters) are not analysed; the user is told why. */
  maxDocumentLength: number;
  /** Keep a copy of each web page attached as a source in the workspace (the only network use). */
  archiveSources: boolean;
}

// By what the desk must do: allegations, anonymous sources, facts nobody is credited with and dated
// figures must be checked before publication (warnings); quotes and attributions name their source
// already (information). Words quoted as a term or title are no finding at all.
export const DEFAULT_SEVERITY: Record<FindingKind, SeverityName> = {
  attribution: 'information',
  quote: 'information',
  allegation: 'warning',
  'anonymous-source': 'warning',
  statistic: 'warning',
  unattributed: 'warning',
  'right-of-reply': 'information',
  hedge: 'off',
};

export const DEFAULT_SETTINGS: FactcheckSettings = {
  severity: DEFAULT_SEVERITY,
  // Still listed in Problems, so a desk sees what was checked; hints are dots under the text.
  resolvedSeverity: 'information',
  // About 160,000 words: more than any article (the bench's longest news text is 126,000 words),
  // and short enough that no text within it keeps the CLI or a keystroke for long; ten million let
  // one line of words take 3–8 s (bench/worstCases.ts).
  maxDocumentLength: 1_000_000,
  archiveSources: true,
};

function isSeverity(value: unknown): value is SeverityName {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Reads whatever the client sent, keeping defaults for anything missing or invalid. */
export function parseSettings(raw: unknown): FactcheckSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severityIn = (section.severity && typeof section.severity === 'object' ? section.severity : {}) as Record<
    string,
    unknown
  >;
  const severity = { ...DEFAULT_SEVERITY };
  for (const kind of FINDING_KINDS) {
    const value = severityIn[kind];
    if (isSeverity(value)) severity[kind] = value;
  }
  const maxLength = section.maxDocumentLength;
  return {
    severity,
    resolvedSeverity: isSeverity(section.resolvedSeverity) ? section.resolvedSeverity : DEFAULT_SETTINGS.resolvedSeverity,
    maxDocumentLength:
      typeof maxLength === 'number' && Number.isFinite(maxLength) && maxLength > 0
        ? maxLength
        : DEFAULT_SETTINGS.maxDocumentLength,
    archiveSources: typeof section.archiveSources === 'boolean' ? section.archiveSources : DEFAULT_SETTINGS.archiveSources,
  };
}

/**
 * The claims a user sees, in the editor and in what the CLI and reports list: findings of a kind
 * set to "off" are left out (hedges, by default). Slots always stay: nothing recorded is hidden.
 */
export function visibleClaims(claims: Claim[], severity: Record<FindingKind, SeverityName>): Claim[] {
  return claims.filter((claim) => claim.slot || !claim.finding || severity[claim.finding.kind] !== 'off');
}
