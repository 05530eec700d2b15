// What the cue model (cueModel.ts) knows of a cue candidate: the form, the shape of its first word,
// the word classes around it (cueContext.ts), the words just before and after, and clues in the
// sentence that a saying is reported (a quotation, a "that" clause, a name before the cue).
import type { Span } from './finding';
import { cueContext } from './cueContext';

export interface CueCandidate extends Span {
  form: string;
}

const WORD_BEFORE = /([\p{L}\p{N}'’]+)[^\p{L}\p{N}]*$/u;
const WORD_AFTER = /^[^\p{L}\p{N}]*([\p{L}\p{N}'’]+)/u;
const NAME_BEFORE = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*[\s,]*(?:\S+\s+){0,3}$/u;
const THAT_AFTER = /^\s*(?:\S+\s+){0,4}?that\b/i;
const QUOTE = /["“”]/;

/** The features of `cue` in `sentence` of `text`, as strings the model weighs. */
export function cueFeatures(text: string, sentence: Span, cue: CueCandidate): string[] {
  const head = text.slice(Math.max(sentence.start, cue.start - 60), cue.start);
  const tail = text.slice(cue.end, Math.min(sentence.end, cue.end + 60));
  const first = cue.form.split(' ')[0];
  const context = cueContext(text, sentence, cue);
  const [before, after] = context.split(' ');
  const previous = (WORD_BEFORE.exec(head)?.[1] ?? '^').toLowerCase();
  const next = (WORD_AFTER.exec(tail)?.[1] ?? '$').toLowerCase();
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
    `fp=${cue.form}|${previous}`,
    `fn=${cue.form}|${next}`,
  ];
  const textBefore = text.slice(sentence.start, cue.start);
  const textAfter = text.slice(cue.end, sentence.end);
  if (QUOTE.test(textBefore)) features.push('quote<', `fq<=${cue.form}`);
  if (QUOTE.test(textAfter)) features.push('quote>', `fq>=${cue.form}`);
  if (THAT_AFTER.test(tail)) features.push('that>', `ft=${cue.form}`);
  if (NAME_BEFORE.test(head) && /\S/.test(head)) features.push('name<');
  if (cue.form.includes(' ')) features.push('multi');
  if (!/\S/.test(textBefore)) features.push('first');
  if (/^\s*[.!?]/.test(textAfter)) features.push('last');
  return features;
}
