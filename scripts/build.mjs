// Bundles the extension client, the language server and the CLI with esbuild.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
mkdirSync('dist', { recursive: true });

// The project's own JSON (models, lexicons) as JSON.parse of a string rather than an object
// literal: V8 parses JSON several times faster than the same data as JavaScript, and keeps no
// source positions for it.
const jsonAsString = {
  name: 'json-as-string',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]server[\\/]src[\\/].*\.json$/ }, ({ path }) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  charset: 'ascii',
  logLevel: 'warning',
  plugins: [jsonAsString],
  write: false,
};

// ASCII only: V8 keeps an ASCII source one byte a character; a single other character (a curly
// quote) makes the whole bundle two bytes a character. esbuild's `charset: 'ascii'` leaves regular
// expression literals as written, so what is left is escaped here: `\u201C` means the same in a
// regular expression, and an escaped character (`\“`) is the character itself.
function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, char) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

async function bundle(options) {
  const { outputFiles } = await build(options);
  for (const file of outputFiles) writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
}

// pdf.js (read from the server's bundles) is an ES module that finds its optional native canvas
// package through import.meta.url: in a CommonJS bundle that is the bundle's own file.
const server = {
  ...common,
  external: ['@napi-rs/canvas'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The readers of PDF and Word sources are bundles of their own, required from dist/ when a source
// in that format is first read: most runs read none, and would otherwise load 2 MB of code.
const LAZY = {
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdf.js',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdf.worker.js',
  mammoth: 'mammoth.js',
};
const lazyReaders = {
  name: 'lazy-readers',
  setup(builder) {
    builder.onResolve({ filter: /^(?:pdfjs-dist\/legacy\/build\/pdf(?:\.worker)?\.mjs|mammoth)$/ }, ({ path }) => ({ path: `./${LAZY[path]}`, external: true }));
  },
};

// The trained models are files of their own beside the bundles, which require() reads and parses:
// bundled, their 2.4 MB of JSON text stayed in memory as part of the bundle's source, which V8
// keeps as long as the code runs; read from a file, the text is garbage once parsed.
//
// The weight tables of the span-edge and cue models, built here as the analysis builds them
// (weightTable.ts, cueModel.ts) and shipped as their slots' bytes: at start-up the bundles read
// them instead of placing the span-edge model's 73,676 features (about 15 ms) and hashing the cue
// model's 12,532 feature strings (about 20 ms, after 9 ms parsing them). The rest of each model
// (its window or thresholds, how it was trained) stays JSON.
const { outputFiles: [tablesCode] } = await build({
  stdin: { contents: "export { WeightTable } from './weightTable'; export { hashedWeights } from './cueModel';", resolveDir: 'server/src/analysis/models', loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const tables = { exports: {} };
new Function('module', 'exports', 'require', tablesCode.text)(tables, tables.exports, createRequire(import.meta.url));
const { WeightTable, hashedWeights } = tables.exports;
const { features, weights, ...spanEdges } = JSON.parse(readFileSync('server/src/analysis/models/span-edges.json', 'utf8'));
const { weights: cueWeights, ...cueModel } = JSON.parse(readFileSync('server/src/analysis/models/cue-model.json', 'utf8'));
const slotBytes = (table) => Buffer.from(table.slots.buffer, table.slots.byteOffset, table.slots.byteLength);
// A file read whole has its own buffer, at offset 0: viewed as it is, not copied.
const tableOf = (file) => `(() => {
  const bytes = require('node:fs').readFileSync(require('node:path').join(__dirname, '${file}'));
  return bytes.byteOffset % 4 ? new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) : new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
})()`;
const MODEL_MODULES = {
  'span-edges': `module.exports = { ...${JSON.stringify(spanEdges)}, features: [], weights: [], table: ${tableOf('span-edges.bin')} };`,
  'cue-model': `module.exports = { ...require('./cue-model.json'), table: ${tableOf('cue-model.bin')} };`,
};
const modelFiles = {
  name: 'model-files',
  setup(builder) {
    // The cue model's JSON as the module beside its table requires it; the check-worthiness model's as it is.
    builder.onResolve({ filter: /^\.\/(?:cue-model|check-worthiness)\.json$/ }, ({ path, namespace }) =>
      path === './cue-model.json' && namespace !== 'model-bytes' ? { path: 'cue-model', namespace: 'model-bytes' } : { path, external: true },
    );
    builder.onResolve({ filter: /^\.\/span-edges\.json$/ }, () => ({ path: 'span-edges', namespace: 'model-bytes' }));
    builder.onLoad({ filter: /.*/, namespace: 'model-bytes' }, ({ path }) => ({ contents: MODEL_MODULES[path], loader: 'js' }));
  },
};
const entry = { ...server, plugins: [...server.plugins, lazyReaders, modelFiles] };
writeFileSync('dist/check-worthiness.json', JSON.stringify(JSON.parse(readFileSync('server/src/analysis/models/check-worthiness.json', 'utf8'))));
writeFileSync('dist/cue-model.json', JSON.stringify(cueModel));
// Written aside and renamed into place: a CLI or server starting meanwhile reads the old table or the new, never part of one.
const writeWhole = (path, bytes) => {
  writeFileSync(`${path}.${process.pid}`, bytes);
  renameSync(`${path}.${process.pid}`, path);
};
writeWhole('dist/span-edges.bin', slotBytes(new WeightTable(features, weights)));
writeWhole('dist/cue-model.bin', slotBytes(hashedWeights(cueWeights)));

await Promise.all([
  bundle({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  bundle({ ...entry, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // Run from V8's code cache by dist/cli.js, through node:vm, whose scripts cannot import():
  // the lazy readers are required instead.
  bundle({ ...entry, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-bundle.js', supported: { 'dynamic-import': false } }),
  bundle({ ...common, entryPoints: ['server/src/cliStart.ts'], outfile: 'dist/cli.js' }),
  bundle({ ...entry, entryPoints: ['server/src/sourceWorker.ts'], outfile: 'dist/sourceWorker.js' }),
  bundle({ ...entry, entryPoints: ['server/src/reportWorker.ts'], outfile: 'dist/reportWorker.js' }),
  ...Object.entries(LAZY).map(([module, file]) => bundle({ ...server, entryPoints: [module], outfile: `dist/${file}` })),
]);

// A first check writes the CLI's code cache (dist/cli-bundle.cache) for this Node; with another
// Node, V8 refuses it and the CLI's first run writes its own.
const warm = spawnSync(process.execPath, ['dist/cli.js', 'check', 'samples/harbour-bridge.txt'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (warm.status !== 0) throw new Error(`the CLI's first check failed (exit ${warm.status})`);
