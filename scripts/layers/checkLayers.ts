// The layer rules of DESIGN.md, checked on the import graph of server/src and client/src:
// no cycles (type-only imports count), and no import across a layer boundary.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface Violation {
  file: string;
  /** The import as written, or the cycle's path. */
  imported: string;
  rule: string;
}

/** One module of the tree: its path from the repo root (with forward slashes) and what it imports. */
interface Module {
  file: string;
  imports: { spec: string; target?: string }[];
}

const SOURCE_ROOTS = ['server/src', 'client/src'];
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.json'];
const NODE_BUILTINS = new Set(builtinModules);

/** Checks the tree under `root` (a repo checkout) and lists every broken rule. */
export function checkLayers(root: string): Violation[] {
  const modules = readModules(root);
  return [...boundaryViolations(modules), ...cycleViolations(modules)];
}

function readModules(root: string): Module[] {
  const files = SOURCE_ROOTS.flatMap((dir) => listSources(root, dir));
  return files.map((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    return {
      file,
      imports: importedFiles.map(({ fileName: spec }) => ({ spec, target: resolve(root, file, spec) })),
    };
  });
}

function listSources(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return listSources(root, rel);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** The repo-relative file a relative import lands on; undefined for packages. */
function resolve(root: string, from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)];
  return candidates.find((c) => existsSync(path.join(root, c)) && statSync(path.join(root, c)).isFile()) ?? base;
}

/** Which layer a file belongs to: `client`, a server/src folder, or a server/src root file. */
function layerOf(file: string): string {
  if (file.startsWith('client/src/')) return 'client';
  const rest = file.slice('server/src/'.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest.replace(/\.[cm]?tsx?$/, '') : rest.slice(0, slash);
}

const EDITOR_AND_CLI = new Set(['lsp', 'cli', 'server']);
const BELOW_EDITOR_AND_CLI = new Set(['ledger', 'report', 'config', 'position', 'article', 'evidence', 'sources']);

function boundaryViolations(modules: Module[]): Violation[] {
  const out: Violation[] = [];
  for (const { file, imports } of modules) {
    const layer = layerOf(file);
    for (const { spec, target } of imports) {
      const rule = brokenRule(layer, spec, target);
      if (rule) out.push({ file, imported: spec, rule });
    }
  }
  return out;
}

function brokenRule(layer: string, spec: string, target: string | undefined): string | undefined {
  if (target === undefined) {
    const isNode = spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);
    if ((layer === 'analysis' || layer === 'sourceCheck') && (isNode || spec.startsWith('vscode'))) {
      return `${layer}/ is pure: no Node, LSP or vscode imports`;
    }
    if ((layer === 'protocol' || layer === 'vocabulary') && isNode) return `${layer}.ts is bundled into the client: no Node imports`;
    return undefined;
  }
  const into = target.startsWith('server/src/') ? layerOf(target) : target.startsWith('client/src/') ? 'client' : 'outside';
  if (layer === 'client') {
    return into === 'client' || target === 'server/src/protocol.ts'
      ? undefined
      : 'the client imports from the server only server/src/protocol.ts';
  }
  if (into === 'client' || into === 'outside') return 'server code imports only server/src';
  if (layer === 'analysis' && into !== 'analysis') return 'analysis/ imports nothing outside itself';
  if (layer === 'sourceCheck' && into !== 'sourceCheck' && into !== 'vocabulary') return 'sourceCheck/ imports nothing outside itself but vocabulary.ts';
  if (layer === 'protocol' && into !== 'vocabulary') return 'protocol.ts imports only vocabulary.ts (the client bundles it)';
  if (layer === 'vocabulary') return 'vocabulary.ts imports nothing (the client and the CLI bundle it)';
  if (BELOW_EDITOR_AND_CLI.has(layer) && EDITOR_AND_CLI.has(into)) {
    return `${layer}/ imports neither lsp/ nor cli/ (nor server.ts, cli.ts)`;
  }
  if (layer === 'cli' && (into === 'lsp' || into === 'server')) return 'cli/ never imports lsp/';
  if (layer === 'lsp' && into === 'cli') return 'lsp/ never imports cli/';
  return undefined;
}

/** Every strongly connected group of modules (Tarjan), reported once with one cycle through it. */
function cycleViolations(modules: Module[]): Violation[] {
  const edges = new Map<string, string[]>();
  for (const m of modules) edges.set(m.file, m.imports.flatMap((i) => (i.target && i.target !== m.file ? [i.target] : [])));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return groups.map((group) => {
    const start = [...group].sort()[0];
    return { file: start, imported: cycleThrough(start, new Set(group), edges).join(' -> '), rule: 'import cycle' };
  });
}

/** A shortest path from `start` back to itself inside its group (breadth first). */
function cycleThrough(start: string, group: Set<string>, edges: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const pathBack = [v];
        while (pathBack[0] !== start) pathBack.unshift(cameFrom.get(pathBack[0])!);
        return [...pathBack, start];
      }
      if (!cameFrom.has(w) && w !== start) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}
