// Cue candidates the cue model scores as likely but whose grammar says no one reports anything:
// - a participle of showing after a comma ("His story is a gripping one, showing the pressures"):
//   the writer draws the inference, the clause's subject says nothing;
// - a passive of a verb of physical acts ("the services were suddenly blocked", "he was
//   arrested"): the subject suffered the act and says nothing (a passive of a verb of speech or
//   stance, "was criticised by", is PolNeAR's cue and stays);
// - an infinitive after a participle's object ("anyone using the service to discuss …"): its
//   subject is nobody's speaker but the object of a purpose;
// - "agreed to" a thing ("agreed to a secret plan"): a deal struck, no words reported;
// - "wanted" a bare noun ("the agents wanted access to the servers"): what someone sought, told
//   by the writer; "wants a revolution", "wanted a clean break" and "wanted voters to know" are
//   stances PolNeAR marks, and stay.
// - a telling owed, not made ("the mayor needs to tell the truth", "has to explain"): an obligation
//   reports no words ("had to explain" did say them, and stays);
// Each is narrow on purpose: PolNeAR's annotators mark far more as cues (most passives, most
// infinitives, "agreed to pay"), and the rules must not cost cue F1 on its train split.
import type { Span } from '../finding';
import type { Cue } from '../lexicons/cues';
import { opensSentence } from '../text/sentenceLookup';

const EVIDENCE_PARTICIPLE = /^(?:showing|demonstrating|illustrating|underscoring|underlining|highlighting|reflecting)$/;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s/i;
const ACT = /^(?:blocked|banned|shut|closed|halted|stopped|suspended|barred|arrested|detained|jailed|killed|fired|built|sold|bought|seized|raided|hacked|destroyed|damaged|restored|disrupted|censored|removed|deleted|cancell?ed|sentenced|convicted|elected|appointed|paid|funded)$/;
// "using [Zoom’s services] to": a participle and its object, a determiner or an owner first.
const PARTICIPLE_OBJECT = /\b\p{Ll}+ing\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;
// Verbs of telling only: an owed stance ("must remember", "has to show") is PolNeAR's cue.
const TELLING = /^(?:tell|say|explain|admit|acknowledge|answer|announce|declare|reveal|state|disclose|confirm|clarify|report|respond|apologi[sz]e|speak)$/;
const OBLIGATION = /\b(?:(?:needs?|has|have|ought)\s+to|must|should)\s*$/i;
const DETERMINER = /^\s+(?:a|an|the|this|that|these|those|its|his|her|their|our|some|any)\b/i;
// A noun with no determiner, not one with an infinitive after it ("wanted men to sign up").
const BARE_THING =
  /^\s+(?!(?:to|in|on|at|by|for|from|with|of|about|is|was|were|are|be|been|because|and|or|but|as|so|that|what|it|him|her|them|us|me|you|everyone|someone|nobody|really|only|just|more|most|no|all|any|some|a|an|the|this|these|those|his|its|their|our|my|your)\b)\p{Ll}+\b(?!\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)\p{Ll})/u;

const IMPERATIVE = /^(?:See|Read|Watch|Look at)$/;

/** Whether `cue`, found in `sentence` of `block`, is no attribution cue whatever its score. */
export function isNoCue(block: string, sentence: Span, cue: Cue): boolean {
  const before = block.slice(Math.max(sentence.start, cue.start - 60), cue.start);
  const after = block.slice(cue.end, Math.min(sentence.end, cue.end + 12));
  const words = cue.form.split(' ');
  if (EVIDENCE_PARTICIPLE.test(words[0]) && /,\s*$/.test(before)) return true;
  if (ACT.test(words[words.length - 1]) && PASSIVE.test(block.slice(cue.start, cue.end))) return true;
  if (words[0] === 'to' && PARTICIPLE_OBJECT.test(before)) return true;
  // The obligation may stand before the cue or open it ("has to explain").
  if (TELLING.test(words[words.length - 1]) && OBLIGATION.test(before + block.slice(cue.start, cue.end - words[words.length - 1].length))) return true;
  if (words[words.length - 1] === 'wanted' && BARE_THING.test(block.slice(cue.end, Math.min(sentence.end, cue.end + 40)))) return true;
  // "As far as the board was concerned, …" is a framing phrase: stanceAttributions.ts reads its speaker.
  if (words[words.length - 1] === 'concerned' && /\bas far as\b/i.test(before) && /^,/.test(after)) return true;
  // "See the filing", "Read the report": a sentence opening on a bare verb of reading tells the
  // reader what to do (none of 25 such openings in PolNeAR train is a cue).
  if (IMPERATIVE.test(block.slice(cue.start, cue.end)) && opensSentence(block, sentence, cue.start)) return true;
  return /^agreed? to$|^agrees to$/.test(cue.form) && DETERMINER.test(after);
}
