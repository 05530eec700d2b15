// A web source's kept copy as the report shows it: only a copy whose path is exactly what keeping
// a copy writes (`…/.factcheck/sources/<sha256>.<ext>`, relative to the article's folder) is
// linked; the report is written beside the article by default, so the link opens the copy.
import type { SourceRef, WebArchive } from '../ledger/slot';
import { webArchiveProblem } from '../ledger/webArchive';

export function keptCopyOf(source: SourceRef): WebArchive | undefined {
  return source.kind === 'url' && source.archive && !webArchiveProblem(source.archive) ? source.archive : undefined;
}
