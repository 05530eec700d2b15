// A few queries over a parse5 tree, so report tests read the HTML the way a browser parses it.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element {
  const document = parse(html);
  const root = document.childNodes.find((node): node is Element => 'tagName' in node);
  if (!root) throw new Error('No <html> element');
  return root;
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // <template> content is a separate fragment; reports have none, but scripts could hide there.
  return 'content' in node && node.content ? [...own, ...node.content.childNodes] : own;
}

export function all(node: Node, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (current: Node) => {
    for (const child of children(current)) {
      if ('tagName' in child) {
        if (match(child)) found.push(child);
      }
      walk(child);
    }
  };
  walk(node);
  return found;
}

export function one(node: Node, match: (element: Element) => boolean, what = 'element'): Element {
  const found = all(node, match);
  if (found.length !== 1) throw new Error(`Expected one ${what}, found ${found.length}`);
  return found[0];
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

export const byTag = (tag: string) => (element: Element) => element.tagName === tag;

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return children(node).map(textOf).join('');
}

/** What the HTML parser makes of line breaks in text: CRLF and lone CR become LF. */
export function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Text under `node`, leaving out whole subtrees that `skip` matches (e.g. the numbered markers). */
export function textWithout(node: Node, skip: (element: Element) => boolean): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('tagName' in node && skip(node)) return '';
  return children(node).map((child) => textWithout(child, skip)).join('');
}
