// One line saying what a claim's source check found, for diagnostics, the CLI and reports.
import { differenceSummary, editSummary } from '../sourceCheck/sourceCheck';
import type { SourcePlace } from '../sourceCheck/sourceIndex';
import type { ClaimCheck } from './claimChecks';

export function placeText(place: SourcePlace | undefined): string {
  if (!place) return '';
  return place.page ? `page ${place.page}, line ${place.line}` : `line ${place.line}`;
}

export function checkSummary(check: ClaimCheck): string {
  const where = check.place ? ` (${placeText(check.place)})` : '';
  switch (check.status) {
    case 'verbatim':
      return `verbatim in ${check.source}${where}`;
    case 'allowed-edits':
      return `found in ${check.source}${where} with allowed edits: ${check.edits.map(editSummary).join('; ')}`;
    case 'differs':
      return `differs from ${check.source}${where}: ${differenceSummary(check.diff)}`;
    case 'not-found':
      return check.problem ? `${check.source} could not be checked: it ${check.problem}` : `not found in ${check.source}`;
  }
}
