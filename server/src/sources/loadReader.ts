// The PDF and Word readers are loaded on first use; one that cannot be loaded (a damaged
// installation) is the reason this source cannot be read, not a crash of the check.
import { SourceReadError } from './readError';

export async function loadReader<T>(format: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new SourceReadError(`cannot be read: the ${format} reader failed to load (${(error as Error).message}); reinstalling the extension should restore it`);
  }
}
