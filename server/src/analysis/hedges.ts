import type { Detected, Span } from './finding';

export function detectHedges(_block: string, _sentences: Span[]): Detected[] {
  return [];
}
