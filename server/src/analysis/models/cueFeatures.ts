// What the cue model (cueModel.ts) knows of a cue candidate: the form, the shape of its first word,
// the word classes around it (cueContext.ts), the two words just before and after, and clues in
// the sentence that a saying is reported (a quotation, a "that" clause, a name before the cue), and
// whether a near-certain cue ("said") stands before or after it in the sentence.
import type { Span } from '../finding';
import { cueContext } from './cueContext';
import { STRONG_CUES } from '../lexicons/words';

export interface CueCandidate extends Span {
  form: string;
}

const WORDS = /[\p{L}\p{N}'’]+/gu;
const THAT_AFTER = /^\s*(?:\S+\s+){0,4}?that\b/i;
const QUOTE = /["“”]/;
// Forms that are nearly always cues: another cue beside one of these is less likely.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// How far either side of a candidate its words are read: enough for five words, and linear.
const REACH = 60;

/** The features of `cue` in `sentence` of `text`, as strings the model weighs. */
export function cueFeatures(text: string, sentence: Span, cue: CueCandidate, others: CueCandidate[] = []): string[] {
  const headStart = Math.max(sentence.start, cue.start - REACH);
  const head = (text.slice(headStart, cue.start).match(WORDS) ?? []).slice(headStart > sentence.start ? 1 : 0);
  const tail = text.slice(cue.end, Math.min(sentence.end, cue.end + REACH)).match(WORDS) ?? [];
  const first = cue.form.split(' ')[0];
  const context = cueContext(text, sentence, cue);
  const [before, after] = context.split(' ');
  const previous = head[head.length - 1]?.toLowerCase() ?? '^';
  const before2 = head[head.length - 2]?.toLowerCase() ?? '^';
  const next = tail[0]?.toLowerCase() ?? '$';
  const after2 = tail[1]?.toLowerCase() ?? '$';
  const features = [
    'bias',
    `f=${cue.form}`,
    `fa=${cue.form}|${after}`,
    `fb=${cue.form}|${before}`,
    `s3=${first.slice(-3)}`,
    `s2=${first.slice(-2)}`,
    `c=${context}`,
    `b=${before}`,
    `a=${after}`,
    `p=${previous}`,
    `n=${next}`,
    `p2=${before2}`,
    `n2=${after2}`,
    `pp=${before2} ${previous}`,
    `nn=${next} ${after2}`,
    `fp=${cue.form}|${previous}`,
    `fn=${cue.form}|${next}`,
  ];
  const textBefore = text.slice(sentence.start, cue.start);
  const textAfter = text.slice(cue.end, sentence.end);
  if (QUOTE.test(textBefore)) features.push('quote<', `fq<=${cue.form}`);
  if (QUOTE.test(textAfter)) features.push('quote>', `fq>=${cue.form}`);
  if (THAT_AFTER.test(textAfter.slice(0, REACH))) features.push('that>', `ft=${cue.form}`);
  // A name among the four words before, other than the sentence's first word.
  if (head.slice(-4).some((word, i, last) => CAPITALISED.test(word) && !(head.length === last.length && i === 0))) features.push('name<');
  if (cue.form.includes(' ')) features.push('multi');
  for (const rival of others) if (rival !== cue && STRONG_CUES.has(rival.form)) features.push(rival.start < cue.start ? 'strong<' : 'strong>', `fs=${cue.form}|${rival.start < cue.start ? '<' : '>'}`);
  if (!head.length) features.push('first');
  if (/^\s*[.!?]/.test(textAfter)) features.push('last');
  return features;
}
