// Who makes an allegation, when its own sentence says so: a named source attributed in the
// sentence ("according to the DoJ complaint, he allegedly …", "Ms Okoro said the firm allegedly
// …"), or a legal document brought by someone ("a complaint filed last month by the Department of
// Justice, which accuses him of allegedly …"). The checker's question is then not "who alleges
// it?" but whether they do.
import { speakerLabel, type Detected, type Span } from '../finding';
import { isDocument, namedDocument } from './documentSources';
import { isPronoun } from './speakers';

export interface Alleger {
  /** As the text names them: "the DoJ complaint", "the US Department of Justice". */
  who: string;
  /** What to confirm: "confirm the complaint says so", "confirm Dana Okoro made it". */
  check: string;
  /** Whether a document makes it (a complaint, a report): one that may make the article's later allegations too. */
  document: boolean;
}

// "Officials", "two sources", "critics" and an unresolved "they" name no one; a document must be
// named to name anyone ("a report" does not).
const UNNAMED = /^(?:(?:the|some|many|several|two|three|other|senior|\p{L}+)\s+)?(?:officials?|sources?|insiders?|critics|analysts|experts|observers|people|persons?|someone|others|some|many)$/iu;

const LEGAL_ACTION = 'complaint|lawsuit|suit|indictment|charges|petition|filing|case|claim|motion|prosecution';
// "a complaint filed last month by the US Department of Justice": the filer, up to the clause's end.
const BROUGHT_BY = new RegExp(
  `\\b(${LEGAL_ACTION})\\b[^,;.:]{0,50}?\\b(?:filed|brought|lodged|made|issued|launched|unsealed)\\b[^,;.:]{0,30}?\\bby\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.’'&-]*(?:\\s+(?:(?:of|for)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.’'&-]*)*)`,
  'u',
);

/** Whether `text` names a legal action and who brought it: the action is then a named source. */
export function namesLegalAction(text: string): boolean {
  return BROUGHT_BY.test(text);
}

// A name has a capital letter ("Ms Okoro", "the company" resolved to "Zoom") and does not open
// with a word no name opens with (a speaker misread as "And in 2011").
const NOT_A_NAME = /^(?:and|but|or|in|on|at|after|before|when|if|as|so|then|not)\b/i;

function isNamed(name: string): boolean {
  if (isPronoun(name) || UNNAMED.test(name) || NOT_A_NAME.test(name)) return false;
  if (isDocument(name)) return namedDocument(name) !== undefined;
  return /\p{Lu}/u.test(name);
}

/** The alleger as the text names them, a description after a comma left out ("Stein, a physician …"). */
function alleger(name: string, document: string | undefined): Alleger {
  const who = name.split(/,\s/)[0];
  return { who, check: document ? `confirm ${document}` : `confirm ${who} made it`, document: document !== undefined };
}

function holds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

// Who alleges is left unsaid by an adverb or a passive ("allegedly", "is accused of"): a source
// the sentence credits with the words around it says it. An active verb's subject alleges ("Jo
// accused the firm of …"): the speaker of that very cue. A noun ("the allegations", "rumours")
// may be anyone's, even those who deny it: no one is named for it.
const ACTIVE = /^(?:alleges?|alleging|accuses?|accusing|accused)$/i;
const NOUN = /^(?:allegations?|accusations?|rumou?rs?)$/i;

/**
 * Who makes the allegation `cue` in `sentence`, if the sentence names them: the speaker of an
 * attribution there (see above), or whoever brought a legal action the sentence names.
 * `attributions` are the block's.
 */
export function allegerIn(block: string, sentence: Span, cue: Span, attributions: readonly Detected[]): Alleger | undefined {
  const words = block.slice(cue.start, cue.end);
  if (NOUN.test(words)) return undefined;
  // "was accused of", "the man accused of": passive, whoever accused him is not its subject.
  const passive = /^\s+of\b/.test(block.slice(cue.end, cue.end + 4)) || /\b(?:is|are|was|were|be|been|being|am)\s+(?:\p{L}+\s+)?$/u.test(block.slice(Math.max(sentence.start, cue.start - 24), cue.start));
  const active = ACTIVE.test(words) && !passive;
  for (const attribution of attributions) {
    const { speaker, content } = attribution;
    if (attribution.kind !== 'attribution' || !speaker || !attribution.cue || !holds(sentence, attribution.cue)) continue;
    if (active ? !overlaps(attribution.cue, cue) : overlaps(attribution.cue, cue) || !holds(content ?? sentence, cue)) continue;
    const who = speakerLabel(block, speaker);
    if (!isNamed(who)) continue;
    const document = namedDocument(who);
    return alleger(who, document && `${document.noun} ${document.plural ? 'say' : 'says'} so`);
  }
  const brought = BROUGHT_BY.exec(block.slice(sentence.start, sentence.end));
  if (!brought) return undefined;
  return alleger(brought[2], `the ${brought[1].toLowerCase()} says so`);
}
