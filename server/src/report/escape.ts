// Everything in a report that comes from an article or a ledger is untrusted: these make it inert.

const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_SPECIAL[char]);
}

/**
 * Every ASCII punctuation mark that can start or shape markup is backslash-escaped (CommonMark
 * allows it for all punctuation), so no emphasis, link, autolink (`:` `.` `@` split URLs, `www.`
 * and e-mail addresses), HTML tag, entity, heading, list or table pipe can form. Line breaks become hard breaks
 * followed by `indent`, keeping multi-line text inside its list item or paragraph; blank lines
 * collapse into one break, because a blank line would end the block.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return text
    .replace(/^(?:\r\n|\r|\n)+|(?:\r\n|\r|\n)+$/g, '')
    .replace(/[\\`*_{}[\]<>()#+\-.!|~=:@&$^]/g, (char) => `\\${char}`)
    .replace(/[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/g, `\\\n${indent}`);
}

/** The address itself when it is an absolute http(s) URL, else undefined: only those become links. */
export function httpUrl(target: string): string | undefined {
  if (!/^https?:\/\//i.test(target.trim())) return undefined;
  try {
    const url = new URL(target.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
