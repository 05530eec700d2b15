// Fingerprints the workspace files an edit rests on, before the ledger records it: a file attached
// as a source, and every file of a slot whose verdict is given or confirmed. A file that cannot be
// read gets no fingerprint (the evidence check then shows it as missing); a file outside the
// workspace folder is never read (the ledger refuses to attach it).
import * as path from 'node:path';
import type { EvidenceByTarget, SlotChange } from '../ledger/edit';
import type { FileEvidence, SourceSlot } from '../ledger/slot';
import { fileSourceScopeProblem } from '../ledger/sourceScope';
import { evidencePath, readFileEvidence } from './fileEvidence';

/** `workspaceFolder` is the folder file sources must lie in (as the ledger store is told). */
export async function withFileEvidence(change: SlotChange, articlePath: string, slot: SourceSlot | undefined, workspaceFolder = path.dirname(articlePath)): Promise<SlotChange> {
  switch (change.type) {
    case 'addSource': {
      if (change.source.kind !== 'file') return change;
      if (await fileSourceScopeProblem(change.source.target, articlePath, workspaceFolder)) return change;
      const evidence = await fingerprint(articlePath, change.source.target);
      return evidence ? { ...change, source: { ...change.source, evidence } } : change;
    }
    case 'setVerdict':
      return change.verdict === undefined ? change : { ...change, evidence: await slotEvidence(articlePath, slot) };
    case 'confirm':
      return { ...change, evidence: await slotEvidence(articlePath, slot) };
    default:
      return change;
  }
}

async function slotEvidence(articlePath: string, slot: SourceSlot | undefined): Promise<EvidenceByTarget> {
  const evidence = new Map<string, FileEvidence>();
  for (const source of slot?.sources ?? []) {
    if (source.kind !== 'file' || source.refused !== undefined || evidence.has(source.target)) continue;
    const found = await fingerprint(articlePath, source.target);
    if (found) evidence.set(source.target, found);
  }
  return evidence;
}

function fingerprint(articlePath: string, target: string): Promise<FileEvidence | undefined> {
  return readFileEvidence(evidencePath(articlePath, target)).catch(() => undefined);
}
