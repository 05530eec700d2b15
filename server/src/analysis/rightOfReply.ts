import type { Detected, Span } from './finding';

export function detectRightOfReply(_block: string, _sentences: Span[]): Detected[] {
  return [];
}
