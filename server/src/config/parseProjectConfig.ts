// Reads the project file's text, JSON or YAML by its name, and places every fault at its line
// and column. Never throws. Positions come from the YAML parser, which reads JSON too.
import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import { findJsonSyntaxError } from '../position/jsonSyntaxError';
import { faultAt, type TextPosition } from '../position/textPosition';
import type { ProjectConfig } from './projectConfig';
import { validateProjectConfig, type ConfigFault, type KeyPath } from './validateProjectConfig';

export interface ConfigProblem extends TextPosition {
  /** The key path at fault, e.g. `lexicon.hedges[2]`; empty for the whole file. */
  key: string;
  message: string;
}

export type ProjectConfigParse = { ok: true; config: ProjectConfig } | { ok: false; problems: ConfigProblem[] };

export function parseProjectConfig(text: string, fileName: string): ProjectConfigParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json = fileName.toLowerCase().endsWith('.json');
  const problemAt = (offset: number, key: string, message: string): ConfigProblem => ({ ...faultAt(source, offset, `${key ? `"${key}": ` : ''}${message}`), key });

  let value: unknown;
  if (json) {
    try {
      value = JSON.parse(source);
    } catch {
      const syntax = findJsonSyntaxError(source);
      return { ok: false, problems: [problemAt(syntax?.offset ?? 0, '', `Not valid JSON: ${syntax?.message ?? 'unreadable'}`)] };
    }
  }
  const document = parseDocument(source, { lineCounter: new LineCounter(), uniqueKeys: true });
  if (!json) {
    if (document.errors.length > 0) {
      return { ok: false, problems: document.errors.map((error) => problemAt(error.pos[0], '', `Not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`)) };
    }
    value = document.toJS() ?? {};
  }

  const validation = validateProjectConfig(value);
  if (validation.ok) return validation;
  return { ok: false, problems: validation.faults.map((fault) => problemAt(offsetOf(document, fault), keyName(fault.path), fault.message)) };
}

function keyName(path: KeyPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${part}`)).join('');
}

/** Where the faulty value (or key) starts in the text; the nearest enclosing node that exists. */
function offsetOf(document: Document, fault: ConfigFault): number {
  for (let length = fault.path.length; length > 0; length--) {
    const path = fault.path.slice(0, length);
    if (fault.atKey || length < fault.path.length) {
      const parent = length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[path.length - 1]);
        const range = (pair?.key as { range?: number[] } | null)?.range;
        if (range) return range[0];
      }
      continue;
    }
    const node = document.getIn(path, true) as { range?: number[] } | undefined;
    if (node?.range) return node.range[0];
  }
  return (document.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
}
