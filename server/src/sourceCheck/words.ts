// Words and punctuation with their offsets, compared the way a quote check compares them: curly
// and straight quotation marks and apostrophes are one mark each, white space and line breaks
// are only separators. Nothing else is made equal here; the allowances of journalistic practice
// (first-letter case, a final full stop turned into a comma) are decided by the alignment.

export interface Word {
  start: number;
  end: number;
  /** The word as compared: quotation marks and apostrophes made straight. */
  text: string;
  /** Lower case, for looking words up. */
  key: string;
  /** A mark of punctuation rather than a word. */
  punct: boolean;
}

// Numbers keep their separators (1,000 and 3.5 are one word); words keep inner apostrophes and hyphens.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*(?:['’]?\p{L}+)?|[\p{L}\p{N}]+(?:['’‘ʼ-][\p{L}\p{N}]+)*|\S/gu;

const MARKS: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", 'ʼ': "'", '`': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"' };

export function straightenMarks(text: string): string {
  return text.replace(/[‘’‛ʼ`“”„‟«»]/g, (mark) => MARKS[mark]);
}

function word(text: string, start: number, end: number): Word {
  // A mark on its own is a quotation mark, and single and double ones are one (nested quotes swap them).
  const straight = text.length === 1 && text in MARKS ? '"' : text === "'" ? '"' : straightenMarks(text.normalize('NFC'));
  return { start, end, text: straight, key: straight.toLowerCase(), punct: !/[\p{L}\p{N}]/u.test(straight) };
}

/**
 * The words of `text` from `from` to `to`. With `joinBrokenWords`, a word hyphenated across a line
 * break ("inves-\ntigation", common in PDFs) is read as one word.
 */
export function wordsOf(text: string, from = 0, to = text.length, joinBrokenWords = false): Word[] {
  const words: Word[] = [];
  const pattern = new RegExp(TOKEN.source, 'gu');
  pattern.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const next = word(match[0], match.index, match.index + match[0].length);
    const hyphen = words[words.length - 1];
    const before = words[words.length - 2];
    if (joinBrokenWords && hyphen?.text === '-' && before && !before.punct && before.end === hyphen.start && /^\s*\n\s*$/.test(text.slice(hyphen.end, next.start)) && /^\p{Ll}/u.test(next.text)) {
      words.splice(words.length - 2, 2, { start: before.start, end: next.end, text: before.text + next.text, key: before.key + next.key, punct: false });
      continue;
    }
    words.push(next);
  }
  return words;
}

/** Words that turn a statement into its opposite: dropping or adding one is named in the diff. */
export function isNegation(word: Word): boolean {
  return /^(?:not|no|never|nor|none|nothing|neither|cannot)$|n't$/.test(word.key);
}

export function isNumber(word: Word): boolean {
  return /\p{N}/u.test(word.text);
}
