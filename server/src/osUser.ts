import { userInfo } from 'node:os';

/** The operating-system user: who signs a slot or a report when no checker is named. */
export function osUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): nobody is named.
    return undefined;
  }
}
