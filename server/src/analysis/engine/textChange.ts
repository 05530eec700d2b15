// How a text changed from one version to the next, as what stayed the same at each end. The
// incremental analyzer works it out once per update and hands it on with the findings, so the
// editor's diagnostics cache reuses it instead of comparing the texts again.

export interface TextChange {
  /** The text before this offset is unchanged. */
  unchangedPrefix: number;
  /** This many characters at the end are unchanged; they do not reach back into the prefix. */
  unchangedSuffix: number;
  previousLength: number;
  length: number;
}

export function textChange(previous: string, text: string): TextChange {
  const unchangedPrefix = commonPrefixLength(previous, text);
  const unchangedSuffix = commonSuffixLength(previous, text, unchangedPrefix);
  return { unchangedPrefix, unchangedSuffix, previousLength: previous.length, length: text.length };
}

/**
 * Two changes in a row as one. What both left alone at an end is unchanged across both; it may
 * be less than a fresh comparison finds (an insertion undone), never more.
 */
export function composeChanges(first: TextChange, then: TextChange): TextChange {
  return {
    unchangedPrefix: Math.min(first.unchangedPrefix, then.unchangedPrefix),
    unchangedSuffix: Math.min(first.unchangedSuffix, then.unchangedSuffix),
    previousLength: first.previousLength,
    length: then.length,
  };
}

/** The length of the common tail, not reaching back into the common head of `prefix` characters. */
export function commonSuffixLength(a: string, b: string, prefix: number): number {
  const length = Math.min(a.length, b.length) - prefix;
  const chunk = 2048;
  let i = 0;
  while (i + chunk <= length && a.slice(a.length - i - chunk, a.length - i) === b.slice(b.length - i - chunk, b.length - i)) i += chunk;
  while (i < length && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Compares a chunk at a time (a native comparison), then the characters of the chunk that differs. */
export function commonPrefixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const chunk = 2048;
  let i = 0;
  while (i + chunk <= length && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
