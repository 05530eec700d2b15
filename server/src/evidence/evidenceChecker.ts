// Checks the workspace files verdicts rest on against the fingerprints recorded in their slots.
// Cheap enough to run with every analysis: a file whose size and modification time still match
// its fingerprint is taken as unchanged without reading it; any other is hashed, once per
// (path, size, time), and compares by its SHA-256 (a file touched but not changed stays valid).
import { promises as fs } from 'node:fs';
import type { EvidenceChecks } from '../ledger/evidenceStaleness';
import type { EvidenceState, FileEvidence, SourceSlot } from '../ledger/slot';
import { evidencePath } from './fileEvidence';
import { sha256OfFile } from './sha256';

type Found = { missing: true } | { missing: false; size: number; modified: string; mtimeMs: number };

export class EvidenceChecker {
  private readonly hashes = new Map<string, { size: number; mtimeMs: number; sha256: string }>();

  /** The checks of every file source of the slots, by slot id; slots with no file source are left out. */
  async check(articlePath: string, slots: readonly SourceSlot[]): Promise<EvidenceChecks> {
    const checks = new Map<string, EvidenceState[]>();
    const seen = new Map<string, Promise<Found>>();
    for (const slot of slots) {
      const states: EvidenceState[] = [];
      for (const source of slot.sources) {
        // A refused source (outside the workspace) is never read; the hover says why.
        if (source.kind !== 'file' || source.refused !== undefined) continue;
        const file = evidencePath(articlePath, source.target);
        if (!seen.has(file)) seen.set(file, statOf(file));
        states.push(await this.stateOf(file, source.target, source.evidence, await seen.get(file)!));
      }
      if (states.length > 0) checks.set(slot.id, states);
    }
    return checks;
  }

  /** Forgets what it hashed of a file (the watcher saw it change). */
  forget(file: string): void {
    this.hashes.delete(file);
  }

  private async stateOf(file: string, target: string, recorded: FileEvidence | undefined, found: Found): Promise<EvidenceState> {
    if (found.missing) return { target, state: 'missing' };
    if (!recorded) return { target, state: 'unrecorded' };
    if (found.size === recorded.size && found.modified === recorded.modified) return { target, state: 'unchanged', sha256: recorded.sha256 };
    const sha256 = await this.hashOf(file, found);
    if (sha256 === undefined) return { target, state: 'missing' };
    return { target, state: sha256 === recorded.sha256 ? 'unchanged' : 'changed', sha256 };
  }

  private async hashOf(file: string, found: Extract<Found, { missing: false }>): Promise<string | undefined> {
    const known = this.hashes.get(file);
    if (known && known.size === found.size && known.mtimeMs === found.mtimeMs) return known.sha256;
    try {
      const { sha256 } = await sha256OfFile(file);
      this.hashes.set(file, { size: found.size, mtimeMs: found.mtimeMs, sha256 });
      return sha256;
    } catch {
      return undefined;
    }
  }
}

/** A source that cannot be read as a file (gone, a folder, no permission) counts as missing. */
async function statOf(file: string): Promise<Found> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? { missing: false, size: stat.size, modified: stat.mtime.toISOString(), mtimeMs: stat.mtimeMs } : { missing: true };
  } catch {
    return { missing: true };
  }
}
