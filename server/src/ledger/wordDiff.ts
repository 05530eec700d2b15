// Compares the words a verdict was given on with the words that stand there now. Only white space
// (and line breaks) and the style of quotation marks and apostrophes are harmless; any other
// difference — a word, a digit, a sign, a unit, a negation, punctuation — is a change. Pure.

export interface WordToken {
  text: string;
  /** White space stood before it (shown again when the diff is rendered). */
  spaced: boolean;
}

export type DiffPart = { op: 'same' | 'removed' | 'added'; text: string };

/** Beyond this many cells the middle of a diff is shown as replaced whole, not aligned word by word. */
const MAX_ALIGNMENT_CELLS = 1_000_000;

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** A run of letters (with their combining marks), a run of digits, or any other single character. */
const TOKEN = /[\p{L}\p{M}]+|\p{N}+|\S/gu;

/** Straight quotes for curly ones and guillemets, so quotation style is never a change. */
function plainQuotes(text: string): string {
  return text.normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

export function wordTokens(text: string): WordToken[] {
  const plain = plainQuotes(text);
  const tokens: WordToken[] = [];
  let last = 0;
  for (const match of plain.matchAll(TOKEN)) {
    tokens.push({ text: match[0], spaced: match.index > last && tokens.length > 0 });
    last = match.index + match[0].length;
  }
  return tokens;
}

/** True when `now` says something other than `was`. */
export function wordsChanged(was: string, now: string): boolean {
  const a = wordTokens(was);
  const b = wordTokens(now);
  return a.length !== b.length || a.some((token, i) => token.text !== b[i].text);
}

/** `was` turned into `now`, word by word: what stayed, what went, what came. */
export function wordDiff(was: string, now: string): DiffPart[] {
  const a = wordTokens(was);
  const b = wordTokens(now);
  let head = 0;
  while (head < a.length && head < b.length && a[head].text === b[head].text) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].text === b[b.length - 1 - tail].text) tail++;
  const ops: { op: DiffPart['op']; token: WordToken }[] = [];
  for (const token of a.slice(0, head)) ops.push({ op: 'same', token });
  ops.push(...alignMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  for (const token of a.slice(a.length - tail)) ops.push({ op: 'same', token });
  return joinParts(ops);
}

/** Longest common subsequence of the changed middle; removals before additions at each change. */
function alignMiddle(a: WordToken[], b: WordToken[]): { op: DiffPart['op']; token: WordToken }[] {
  if (a.length * b.length > MAX_ALIGNMENT_CELLS) {
    return [...a.map((token) => ({ op: 'removed' as const, token })), ...b.map((token) => ({ op: 'added' as const, token }))];
  }
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i].text === b[j].text ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const ops: { op: DiffPart['op']; token: WordToken }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].text === b[j].text) {
      ops.push({ op: 'same', token: a[i++] });
      j++;
    } else if (j >= b.length || (i < a.length && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      ops.push({ op: 'removed', token: a[i++] });
    } else {
      ops.push({ op: 'added', token: b[j++] });
    }
  }
  return ops;
}

function joinParts(ops: { op: DiffPart['op']; token: WordToken }[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const { op, token } of ops) {
    const last = parts[parts.length - 1];
    const text = token.spaced ? ` ${token.text}` : token.text;
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  }
  return parts;
}

/** The words as compared: quotation marks straightened, white space collapsed to single spaces. */
export function plainWords(text: string): string {
  return wordTokens(text)
    .map((token) => (token.spaced ? ` ${token.text}` : token.text))
    .join('');
}

/**
 * The changed stretch of each side with `context` words around it, marked with "…" where cut, so
 * a message can name the change in a long quote without repeating all of it.
 */
export function changedStretch(was: string, now: string, context = 2): { was: string; now: string } {
  const a = wordTokens(was);
  const b = wordTokens(now);
  let head = 0;
  while (head < a.length && head < b.length && a[head].text === b[head].text) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].text === b[b.length - 1 - tail].text) tail++;
  const from = Math.max(0, head - context);
  const cut = (tokens: WordToken[]): string => {
    const to = Math.min(tokens.length, tokens.length - tail + context);
    const words = tokens
      .slice(from, to)
      .map((token, i) => (token.spaced && i > 0 ? ` ${token.text}` : token.text))
      .join('');
    return `${from > 0 ? '…' : ''}${words}${to < tokens.length ? '…' : ''}`;
  };
  return { was: cut(a), now: cut(b) };
}
