// A source that is a document ("according to the DoJ complaint", "the court filing says", "a
// report by the auditor found"): the claim names where it stands, so the checker's task is not to
// find a source but to confirm the document says it. A document nobody can find ("a report",
// "documents show") is not named: it still needs a source.

const DOCUMENT_NOUNS = new Set(
  'complaint complaints filing filings report reports study studies survey surveys poll polls document documents records data statement statements indictment lawsuit suit ruling judgment judgement memo memorandum letter letters audit analysis minutes transcript transcripts affidavit papers figures census budget website release review investigation inquiry motion brief order opinion decision testimony email emails e-mail e-mails message messages tweet tweets post video footage results estimate estimates projections forecast guidance book article paper notice warrant charges charge petition verdict filing assessment dossier'.split(
    ' ',
  ),
);

// Where the noun phrase's head ends: before what modifies it ("a report [by the auditor]").
const POSTMODIFIER = /\s(?:by|of|from|in|on|at|for|to|with|about|into|over|under|against|among|familiar|close|seen|filed|released|published|obtained|reviewed|issued|prepared|written|that|which|who|whose)\b|[,;(]/;
// A named one: definite ("the complaint", one the article has spoken of), owned ("Zoom's
// filing"), titled ("the DoJ complaint", "a Pew poll") or credited ("a report by the auditor").
const DEFINITE = /^(?:the|this|that|these|those|its|his|her|their|our)\s/i;
const OWNED_OR_TITLED = /['’]s?\s|\p{Lu}/u;
const CREDITED = /\s(?:by|of|from)\s+\S/;

export interface NamedDocument {
  /** How the checker's question names it: "the complaint", "the filings". */
  noun: string;
  plural: boolean;
}

/** The noun phrase's head word, lower case: "report" in "a report by the auditor". */
function headOf(words: string): { head: string[]; cut: RegExpExecArray | null } {
  const cut = POSTMODIFIER.exec(words);
  return { head: (cut ? words.slice(0, cut.index) : words).split(/\s+/), cut };
}

// A capitalised head after the first word is a title, not a document: "the Post", "Drudge Report".
function nounOf(head: string[]): string {
  const last = head[head.length - 1] ?? '';
  if (head.length > 1 && /^\p{Lu}/u.test(last)) return '';
  return last.toLowerCase().replace(/[.’']+$/, '');
}

/** Whether a source's words name a document at all, named or not ("a report", "the complaint"). */
export function isDocument(source: string): boolean {
  return DOCUMENT_NOUNS.has(nounOf(headOf(source.trim()).head));
}

/** The document a source's words name, or none when the source is not a document or not named. */
export function namedDocument(source: string): NamedDocument | undefined {
  const words = source.trim();
  const { head, cut } = headOf(words);
  const noun = nounOf(head);
  if (!DOCUMENT_NOUNS.has(noun)) return undefined;
  const modifiers = head.slice(0, -1).join(' ') + ' ';
  const named = DEFINITE.test(words) || OWNED_OR_TITLED.test(modifiers) || (cut !== null && CREDITED.test(words.slice(cut.index)));
  if (!named) return undefined;
  const plural = noun === 'data' || (noun.endsWith('s') && !/(?:analysis|census)$/.test(noun));
  return { noun: `the ${noun}`, plural };
}

/** "confirm the complaint says it", or none when `source` is no named document. */
export function confirmDocument(source: string): string | undefined {
  const document = namedDocument(source);
  if (!document) return undefined;
  return `confirm ${document.noun} ${document.plural ? 'say' : 'says'} it`;
}
