import type { Detected, Span } from './finding';

export function detectStatistics(_block: string, _sentences: Span[]): Detected[] {
  return [];
}
