// Everything in a report that comes from an article or a ledger is untrusted: these make it inert,
// and show hidden characters (bidi controls, control characters) as visible markers.
import { urlProblem } from '../ledger/sourceRef';
import { visibleText } from './visibleText';

const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (char) => HTML_SPECIAL[char]);
}

/**
 * Every ASCII punctuation mark that can start or shape markup is backslash-escaped (CommonMark
 * allows it for all punctuation), so no emphasis, link, autolink (`:` `.` `@` split URLs, `www.`
 * and e-mail addresses), HTML tag, entity, heading, list or table pipe can form. Line breaks become hard breaks
 * followed by `indent`, keeping multi-line text inside its list item or paragraph; blank lines
 * collapse into one break, because a blank line would end the block.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return visibleText(text)
    .replace(/^(?:\r\n|\r|\n)+|(?:\r\n|\r|\n)+$/g, '')
    .replace(/[\\`*_{}[\]<>()#+\-.!|~=:@&$^]/g, (char) => `\\${char}`)
    .replace(/[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/g, `\\\n${indent}`);
}

/** The address itself when it is a web address the ledger accepts (urlProblem), else undefined: only those become links. */
export function httpUrl(target: string): string | undefined {
  return urlProblem(target) === undefined ? new URL(target).href : undefined;
}

/**
 * A URL written as a Markdown link destination that cannot end early or start markup: every
 * character outside RFC 3986's unreserved and reserved sets but `(`, `)`, `[`, `]` and `'` (and
 * `%` itself, already an escape) is percent-encoded, so no parenthesis, bracket, angle bracket,
 * backslash, quote, white space or line break is left to close the link or begin another.
 */
export function linkDestination(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/gu, percentEncoded);
}

function percentEncoded(char: string): string {
  // A lone surrogate cannot be encoded as UTF-8: it stands for the replacement character.
  if (/^[\uD800-\uDFFF]$/.test(char)) return '%EF%BF%BD';
  return encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
