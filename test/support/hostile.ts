// Hostile input the tests feed through every layer: source addresses and titles that try to close
// a Markdown link and open another (to a VS Code command, or to this extension's own commands
// aimed at another slot), HTML, and text that displays in another order than it is stored.
import MarkdownIt from 'markdown-it';

/** Addresses the ledger accepts (they parse as http(s)): the danger is in how they are written out. */
export const ACCEPTED_HOSTILE_URLS = [
  'https://e.org/x)[y](command:workbench.action.terminal.new)',
  'https://e.org/x)](command:factcheck.deleteSlot?%5B%7B%22slotId%22%3A%22other%22%7D%5D)',
  'https://e.org/x\\)[y](command:workbench.action.terminal.new)',
  'https://e.org/<img/src=x/onerror=alert(1)>',
  'https://e.org/"><script>alert(1)</script>',
  "https://e.org/?q=')[z](command:workbench.action.terminal.new)",
  'https://e.org/#>)[w](javascript:alert(1))',
];

/** Addresses the ledger refuses, each for one reason. */
export const REFUSED_URLS = [
  'javascript:alert(1)',
  'command:workbench.action.terminal.new',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'https://e.org/a b',
  'https://e.org/a\n[x](command:workbench.action.terminal.new)',
  'https://e.org/\u202Egnp.exe',
  'https://e.org/\u0000',
  'https://trusted.example@e.org/',
  `https://e.org/${'a'.repeat(3000)}`,
  '//e.org/x',
  'e.org/x',
];

export const HOSTILE_TITLES = ['[click](command:workbench.action.terminal.new)', '<script>alert(1)</script>', 'x](command:evil) ![i](https://e.org/p.png)'];

/** The right-to-left override: "Sam \u202Eoj\u202C" displays as "Sam jo". */
export const RLO = '\u202E';

/** Every link target in rendered Markdown, as a renderer with raw HTML and autolinks would see it, none filtered out. */
export function markdownLinks(markdown: string): string[] {
  const renderer = new MarkdownIt({ html: true, linkify: true });
  renderer.validateLink = () => true;
  const hrefs: string[] = [];
  const walk = (tokens: ReturnType<typeof renderer.parse>) => {
    for (const token of tokens) {
      if (token.type === 'link_open' || token.type === 'image') hrefs.push(token.attrGet(token.type === 'image' ? 'src' : 'href') ?? '');
      if (token.type === 'html_inline' || token.type === 'html_block') hrefs.push(`html:${token.content}`);
      if (token.children) walk(token.children);
    }
  };
  walk(renderer.parse(markdown, {}));
  return hrefs;
}
