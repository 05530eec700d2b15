import type { Detected, Span } from './finding';

export function detectUnattributed(_block: string, _sentences: Span[], _others: Detected[]): Detected[] {
  return [];
}
