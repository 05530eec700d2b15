import type { Detected, Span } from './finding';

export function detectAnonymousSources(_block: string, _sentences: Span[]): Detected[] {
  return [];
}
