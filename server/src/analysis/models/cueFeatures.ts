// What the cue model (cueModel.ts) knows of a cue candidate: the form, its stem (shared by its
// inflections), the shape of its first word, the word classes around it (cueContext.ts), the two
// words just before and after, and clues in the sentence that a saying is reported (a quotation,
// a "that" clause, a name before the cue), and whether a near-certain cue ("said") stands before
// or after it in the sentence.
import type { Span } from '../finding';
import { cueContext } from './cueContext';
import { STRONG_CUES } from '../lexicons/words';
import { cachedFormStem } from '../lexicons/formStem';
import { LETTER_OR_DIGIT } from '../text/letters';

export interface CueCandidate extends Span {
  form: string;
}

const WORDS = new RegExp(`(?:${LETTER_OR_DIGIT}|['’])+`, 'gu');
const THAT_AFTER = /^\s*(?:\S+\s+){0,4}?that\b/i;
const QUOTE = /["“”]/;
// Forms that are nearly always cues: another cue beside one of these is less likely.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// How far either side of a candidate its words are read: enough for five words, and linear.
const REACH = 60;

const IRREGULAR: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', thought: 'think', found: 'find', knew: 'know', known: 'know' };
/** The form's stem (formStem), so that its inflections share weight. */
const stem = cachedFormStem(IRREGULAR);

/** Takes one feature, written as up to four parts to be joined: ("fa=", form, "|", after). */
export type FeatureSink = (name: string, a?: string, b?: string, c?: string) => void;

/** The features of `cue` in `sentence` of `text`, as strings the model weighs (for training). */
export function cueFeatures(text: string, sentence: Span, cue: CueCandidate, others: CueCandidate[] = []): string[] {
  const features: string[] = [];
  emitCueFeatures(text, sentence, cue, others, (name, a = '', b = '', c = '') => features.push(name + a + b + c));
  return features;
}

/** The features of `cue` given to `emit` in parts: scoring hashes them without joining (cueModel.ts). */
export function emitCueFeatures(text: string, sentence: Span, cue: CueCandidate, others: CueCandidate[], emit: FeatureSink): void {
  const headStart = Math.max(sentence.start, cue.start - REACH);
  const head = (text.slice(headStart, cue.start).match(WORDS) ?? []).slice(headStart > sentence.start ? 1 : 0);
  const tail = text.slice(cue.end, Math.min(sentence.end, cue.end + REACH)).match(WORDS) ?? [];
  const { form } = cue;
  const space = form.indexOf(' ');
  const first = space < 0 ? form : form.slice(0, space);
  const context = cueContext(text, sentence, cue);
  const split = context.indexOf(' ');
  const before = context.slice(0, split);
  const after = context.slice(split + 1);
  const previous = head[head.length - 1]?.toLowerCase() ?? '^';
  const before2 = head[head.length - 2]?.toLowerCase() ?? '^';
  const next = tail[0]?.toLowerCase() ?? '$';
  const after2 = tail[1]?.toLowerCase() ?? '$';
  emit('bias');
  emit('f=', form);
  const formStem = stem(form);
  emit('l=', formStem);
  emit('la=', formStem, '|', after);
  emit('fa=', form, '|', after);
  emit('fb=', form, '|', before);
  emit('s3=', first.slice(-3));
  emit('s2=', first.slice(-2));
  emit('c=', context);
  emit('b=', before);
  emit('a=', after);
  emit('p=', previous);
  emit('n=', next);
  emit('p2=', before2);
  emit('n2=', after2);
  emit('pp=', before2, ' ', previous);
  emit('nn=', next, ' ', after2);
  emit('fp=', form, '|', previous);
  emit('fn=', form, '|', next);
  const textBefore = text.slice(sentence.start, cue.start);
  const textAfter = text.slice(cue.end, sentence.end);
  if (QUOTE.test(textBefore)) {
    emit('quote<');
    emit('fq<=', form);
  }
  if (QUOTE.test(textAfter)) {
    emit('quote>');
    emit('fq>=', form);
  }
  if (THAT_AFTER.test(textAfter.slice(0, REACH))) {
    emit('that>');
    emit('ft=', form);
  }
  // A name among the four words before, other than the sentence's first word.
  if (head.slice(-4).some((word, i, last) => CAPITALISED.test(word) && !(head.length === last.length && i === 0))) emit('name<');
  if (space >= 0) emit('multi');
  for (const rival of others) {
    if (rival === cue || !STRONG_CUES.has(rival.form)) continue;
    const side = rival.start < cue.start ? '<' : '>';
    emit(side === '<' ? 'strong<' : 'strong>');
    emit('fs=', form, '|', side);
  }
  if (!head.length) emit('first');
  if (/^\s*[.!?]/.test(textAfter)) emit('last');
}
