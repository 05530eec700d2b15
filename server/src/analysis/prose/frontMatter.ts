// Front matter: the metadata block a static-site generator reads before a Markdown article
// (YAML between "---" lines, closed by "---" or "..."; TOML between "+++" lines). It is no prose,
// and the report's title is not in it: one rule for both.
const FRONT_MATTER = /^(?:---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\+\+\+)[ \t]*(?:\r?\n|$)/;

/** How many characters of `text` its front matter takes (its closing line included); 0 without. */
export function frontMatterLength(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}
