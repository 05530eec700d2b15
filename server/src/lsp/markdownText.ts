// Article text is untrusted: everything quoted into a hover goes through here so it renders as
// plain text, never as a link, image, command or HTML, with hidden characters made visible.
import { visibleText } from '../report/visibleText';

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&"']/g;

export function escapeMarkdown(text: string): string {
  return visibleText(text).replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, ' ');
}

/** Shortens long spans for display, keeping both ends. */
export function abbreviate(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 3) / 2);
  return `${flat.slice(0, half)} … ${flat.slice(flat.length - half)}`;
}
