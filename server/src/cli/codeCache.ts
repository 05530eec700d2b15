// V8's code cache for the CLI's bundle: the bytecode of the functions a check ran, kept in a file
// beside the bundle, so the next run neither parses nor compiles them again (Node 20 has no
// module.enableCompileCache). V8 checks only its version, its flags and the source's length, and
// runs a damaged cache as it is: the file also holds a checksum of the source and one of itself,
// and a cache that fails either is not handed to V8.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

const HEADER = 8;

export interface CachedScript {
  script: Script;
  source: string;
  /** False when there was no cache, a damaged one, one of another source, or V8 refused it. */
  fromCache: boolean;
}

/** The bundle compiled as a CommonJS module's wrapper function, from the cache when it fits. */
export function compileCached(bundle: string, cache: string): CachedScript {
  const source = readFileSync(bundle, 'utf8');
  const cachedData = cacheFor(source, cache);
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  return { script, source, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

function cacheFor(source: string, cache: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cache);
  } catch {
    return undefined;
  }
  if (file.length <= HEADER) return undefined;
  const data = file.subarray(HEADER);
  return file.readUInt32LE(0) === crc32(source) && file.readUInt32LE(4) === crc32(data) ? data : undefined;
}

/**
 * Writes the script's code cache (the functions compiled so far) for the next run. Another run
 * may be writing the same file: each writes its own and renames it into place. A folder that
 * cannot be written to only means no cache.
 */
export function saveCache({ script, source }: CachedScript, cache: string): void {
  const data = script.createCachedData();
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(crc32(source), 0);
  header.writeUInt32LE(crc32(data), 4);
  const partial = `${cache}.${process.pid}`;
  try {
    writeFileSync(partial, Buffer.concat([header, data]));
    renameSync(partial, cache);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** Runs the bundle as the main module; when it did not come from the cache, caches it at exit. */
export function runCached(bundle: string, cache: string): void {
  const compiled = compileCached(bundle, cache);
  if (!compiled.fromCache) process.once('exit', () => saveCache(compiled, cache));
  const module = { exports: {} };
  compiled.script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
