// Text the server refuses to analyse, with the reason the user is shown instead of a hang.
import { thousands } from './thousands';

export function unreadableReason(text: string, maxLength: number): string | undefined {
  if (text.length > maxLength) {
    return `This document has ${thousands(text.length)} characters, more than the factcheck.maxDocumentLength limit of ${thousands(maxLength)}; it is not analysed. Raise the setting to analyse it.`;
  }
  if (looksBinary(text)) return 'This file looks binary (it contains NUL characters); it is not analysed.';
  return undefined;
}

export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
