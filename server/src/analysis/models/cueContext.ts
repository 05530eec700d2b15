// The context of a cue candidate, in two coarse word classes: what stands just before the cue
// and what follows it ("cap that" for "Smith said that", "comma end" for "…, he said."). A cue
// word is a cue in some contexts and not in others ("the reports show" / "the show"), and
// the cue model (cueModel.ts) weighs each context as learnt from the train split.
import type { Span } from '../finding';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicons/words';

const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|this|these|those|that|some|any|no|every)$/;
const PREPOSITIONS = /^(?:in|on|at|for|about|with|by|of|from|over|during|after|before|into|as)$/;

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;

/** The run of word characters that ends `head`, read backwards: this runs on every cue candidate. */
function lastWord(head: string): string {
  let first = head.length;
  while (first > 0 && WORD_CHAR.test(head[first - 1])) first--;
  // A letter beyond the basic plane is two code units: the regular expression reads it whole.
  if (first > 0 && (head.charCodeAt(first - 1) & 0xfc00) === 0xdc00) return /[\p{L}\p{N}'’.-]+$/u.exec(head)?.[0] ?? '';
  return head.slice(first);
}

function before(text: string, from: number, at: number): string {
  // Only the last word matters; a short window keeps this linear in long sentences.
  const lowest = Math.max(from, at - 40);
  let end = at;
  while (end > lowest && SPACE.test(text[end - 1])) end--;
  const head = text.slice(lowest, end);
  if (!head) return 'start';
  const last = head[head.length - 1];
  if (last === ',') return 'comma';
  if (last === '”' || last === '"') return 'quote';
  if (/[\p{P}\p{S}]/u.test(last)) return 'punct';
  const word = lastWord(head);
  const lower = word.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lower)) return 'pron';
  if (/^\p{N}/u.test(word)) return 'num';
  if (/^\p{Lu}/u.test(word)) return 'cap';
  if (DETERMINERS.test(lower)) return 'det';
  if (/(?:who|which|that)$/.test(lower)) return 'rel';
  if (/s$/.test(lower)) return 'plural';
  return 'low';
}

function after(text: string, at: number, to: number): string {
  const tail = text.slice(at, Math.min(to, at + 60)).replace(/^\s+/, '');
  if (!tail || /^[.!?]["”’)]*\s*$/.test(tail)) return 'end';
  const first = tail[0];
  if (first === ',') return 'comma';
  if (first === ':') return 'colon';
  if (first === '“' || first === '"') return 'quote';
  if (/[\p{P}\p{S}]/u.test(first)) return 'punct';
  const word = /^[\p{L}\p{N}'’-]+/u.exec(tail)?.[0] ?? '';
  const lower = word.toLowerCase();
  if (lower === 'that') return 'that';
  if (lower === 'to') return 'to';
  if (/^(?:whether|if|how|why|what|when|where|who)$/.test(lower)) return 'wh';
  if (SUBJECT_PRONOUNS.has(lower) || OBJECT_PRONOUNS.has(lower)) return 'pron';
  if (DETERMINERS.test(lower)) return 'det';
  if (PREPOSITIONS.test(lower)) return 'prep';
  if (/^\p{N}/u.test(word)) return 'num';
  if (/^\p{Lu}/u.test(word)) return 'cap';
  return 'low';
}

/** "before after" word classes around a cue within its sentence. */
export function cueContext(text: string, sentence: Span, cue: Span): string {
  return `${before(text, sentence.start, cue.start)} ${after(text, cue.end, sentence.end)}`;
}
