// Bundles the extension client, the language server and the CLI with esbuild.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const MODELS = ['cue-model.json', 'check-worthiness.json'];
// The span-edge model's features and weights as bytes, int32 and float32 as its weight table holds
// them: JSON.parse of their 1.2 MB of numbers took about 13 ms of every start, reading the bytes
// under 1 ms. The rest of the model (its window, how it was trained) stays JSON.
const { features, weights, ...spanEdges } = JSON.parse(readFileSync('server/src/analysis/models/span-edges.json', 'utf8'));
const SPAN_EDGES_MODULE = `const bytes = require('node:fs').readFileSync(require('node:path').join(__dirname, 'span-edges.bin'));
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
module.exports = { ...${JSON.stringify(spanEdges)}, features: new Int32Array(buffer, 0, ${features.length}), weights: new Float32Array(buffer, ${features.length * 4}) };`;
const modelFiles = {
  name: 'model-files',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/(?:cue-model|check-worthiness)\.json$/ }, ({ path }) => ({ path, external: true }));
    builder.onResolve({ filter: /^\.\/span-edges\.json$/ }, () => ({ path: 'span-edges', namespace: 'model-bytes' }));
    builder.onLoad({ filter: /.*/, namespace: 'model-bytes' }, () => ({ contents: SPAN_EDGES_MODULE, loader: 'js' }));
  },
};
const entry = { ...server, plugins: [...server.plugins, lazyReaders, modelFiles] };
for (const model of MODELS) writeFileSync(`dist/${model}`, JSON.stringify(JSON.parse(readFileSync(`server/src/analysis/models/${model}`, 'utf8'))));
writeFileSync('dist/span-edges.bin', Buffer.concat([Buffer.from(Int32Array.from(features).buffer), Buffer.from(Float32Array.from(weights).buffer)]));

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
