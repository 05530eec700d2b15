// A claim named by its own words, the way ESLint or Vale name the offending text in a Problems row:
// "Unattributed: ‘Mr Jin joined the office…’", "Quote by Ana Ruiz: ‘It will hold’". Rows that all
// read "Unattributed claim: who says so?" cannot be told apart; rows that quote the text can.
import { speakerLabel, type Finding, type FindingKind, type Span } from '../analysis/finding';

/** Long enough to tell two claims of one article apart, short enough for one Problems row. */
export const CLAIM_WORDS_LIMIT = 60;

const LEADS: Record<FindingKind, string> = {
  attribution: 'Attribution',
  quote: 'Quote',
  allegation: 'Allegation',
  'anonymous-source': 'Anonymous source',
  statistic: 'Statistic',
  unattributed: 'Unattributed',
  'right-of-reply': 'Right of reply',
  hedge: 'Hedge',
};

// Kinds found by a cue inside a sentence: their words run from the cue on, so two of one sentence
// ("allegedly", "people familiar with") read differently.
const FROM_THE_CUE: ReadonlySet<FindingKind> = new Set(['allegation', 'hedge', 'anonymous-source', 'right-of-reply']);

const OPENING = /[\s"“”‘’'«»„]/;
const WORD = /\S+/g;

/**
 * The words, flattened to one line, without the quotation marks around them, cut at a word. Only
 * the words that can show are read: one finding of a 100 KB sentence must not cost its length.
 */
export function shortWords(text: string, limit = CLAIM_WORDS_LIMIT): string {
  let from = 0;
  while (from < text.length && OPENING.test(text[from])) from++;
  let flat = '';
  let whole = true;
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    flat += flat ? ` ${match[0]}` : match[0];
    // A little past the limit: closing marks and punctuation may still come off a text that fits.
    if (flat.length > limit + 16) {
      whole = false;
      break;
    }
  }
  if (whole) {
    const words = withoutClosingMarks(flat);
    if (words.length <= limit) return words;
  }
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${withoutTrailingMarks(space > limit / 2 ? cut.slice(0, space) : cut)}…`;
}

// A quotation opened inside the words keeps its closing mark, its stop left off: "He called them
// “cowards.”" reads ‘He called them “cowards”’, not with the mark left open.
const OPENING_OF: Record<string, RegExp> = { '”': /“/, '"': /"/, '’': /(?:^|[\s(])‘/, "'": /(?:^|[\s(])'/ };
const TRAILING_MARKS = /["“”‘’'«»„]+$/;

function withoutClosingMarks(flat: string): string {
  const trailing = TRAILING_MARKS.exec(flat)?.[0] ?? '';
  const words = withoutTrailingMarks(flat.slice(0, flat.length - trailing.length));
  const mark = trailing[0];
  return mark && OPENING_OF[mark]?.test(words) ? words + mark : words;
}

function withoutTrailingMarks(words: string): string {
  let end = words.length;
  while (end > 0 && /[\s,;:.]/.test(words[end - 1])) end--;
  return words.slice(0, end);
}

/** The words quoted with typographic single quotes, as a Problems row or a prompt shows them. */
export function quoteWords(text: string, limit = CLAIM_WORDS_LIMIT): string {
  return `‘${shortWords(text, limit)}’`;
}

/** Which words of the text stand for the finding: the quote, the attributed content, the sentence from its cue. */
export function claimSpan(finding: Pick<Finding, 'kind' | 'start' | 'end' | 'content'>): Span {
  const { content } = finding;
  if (FROM_THE_CUE.has(finding.kind)) {
    return content && content.start <= finding.start && finding.start < content.end ? { start: finding.start, end: content.end } : finding;
  }
  return content && content.end > content.start ? content : finding;
}

const MARKS = /^\s*["“”‘’'«»„]+|["“”‘’'«»„]+\s*$/g;

/**
 * The words that stand for the finding, as one run: a quote its attribution interrupts reads as
 * the speaker's words alone (“We tried,” he added, “to warn them.” -> We tried, to warn them.).
 */
export function claimText(text: string, finding: Pick<Finding, 'kind' | 'start' | 'end' | 'content' | 'parts'>): string {
  if (finding.parts) return finding.parts.map((part) => text.slice(part.start, part.end).replace(MARKS, '')).join(' ');
  const span = claimSpan(finding);
  return text.slice(span.start, span.end);
}

/** Who a finding credits, by the name it resolves to. */
function speakerName(text: string, finding: Pick<Finding, 'speaker'>): string | undefined {
  const speaker = finding.speaker;
  if (!speaker) return undefined;
  return shortWords(speakerLabel(text, speaker), 40) || undefined;
}

/**
 * A detector's message is "lead — task" ("Attributed to Ana Ruiz — needs a source", "Date —
 * '2024': is the date right…") or "lead: task" ("Unattributed claim: who says so…").
 */
function messageParts(message: string): { lead: string; task: string } {
  const dash = message.lastIndexOf(' — ');
  const colon = message.indexOf(': ');
  const cut = dash >= 0 ? { at: dash, width: 3 } : colon >= 0 ? { at: colon, width: 2 } : undefined;
  if (!cut) return { lead: message, task: '' };
  // The cue the task opens with is already among the row's words.
  return { lead: message.slice(0, cut.at), task: message.slice(cut.at + cut.width).replace(/^'.*?': /s, '') };
}

/** What kind of claim, and by whom: "Quote by Ana Ruiz", "Allegation by the ministry". */
export function claimLead(text: string, finding: Pick<Finding, 'kind' | 'speaker' | 'message' | 'reportedBy'>): string {
  const name = speakerName(text, finding);
  // "Mr Jin, according to the complaint": the speaker, and the source their words are reported from.
  const { reportedBy } = finding;
  const from = reportedBy ? `, ${text.slice(reportedBy.cue.start, reportedBy.cue.end)} ${speakerName(text, reportedBy)}` : '';
  if (finding.kind === 'quote') return name ? `Quote by ${name}${from}` : 'Quote, no speaker named';
  if (finding.kind === 'attribution') return name ? `Attributed to ${name}${from}` : 'Attribution, no speaker named';
  // Who alleges it is only in the message ("Allegation by the ministry — …").
  if (finding.kind === 'allegation') return messageParts(finding.message).lead;
  return LEADS[finding.kind];
}

/**
 * What the checker is asked to do, without the lead and cue its row already shows: "needs a
 * source", "is the date right, and where is it recorded?". For lines that stand alone (the CLI's).
 */
export function claimTask(message: string): string {
  return messageParts(message).task;
}

/**
 * The Problems row of a finding: its lead and its words. A figure is named itself, then its
 * sentence: two figures of one sentence differ, and each is read in its context.
 */
export function claimRow(text: string, finding: Pick<Finding, 'kind' | 'start' | 'end' | 'content' | 'parts' | 'speaker' | 'message' | 'reportedBy'>): string {
  const span = claimSpan(finding);
  const words = quoteWords(claimText(text, finding));
  if (finding.kind !== 'statistic') return `${claimLead(text, finding)}: ${words}`;
  const figure = quoteWords(text.slice(finding.start, finding.end), 40);
  // The detector's message says which sort of figure it is; anything else is a statistic.
  const sort = /^(Date|Ranking)\b/.exec(finding.message)?.[1] ?? 'Statistic';
  return span.start === finding.start && span.end === finding.end ? `${sort}: ${figure}` : `${sort} ${figure} in ${words}`;
}
