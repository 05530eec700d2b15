// Bundles the extension client, the language server and the CLI with esbuild.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// pdf.js (read from the server's bundles) is an ES module that finds its optional native canvas
// package through import.meta.url: in a CommonJS bundle that is the bundle's own file.
const server = {
  ...common,
  external: ['@napi-rs/canvas'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...server, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...server, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  build({ ...server, entryPoints: ['server/src/sourceWorker.ts'], outfile: 'dist/sourceWorker.js' }),
  build({ ...server, entryPoints: ['server/src/reportWorker.ts'], outfile: 'dist/reportWorker.js' }),
]);
