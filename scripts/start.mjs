// `npm start`: build, show the findings of a sample article, and open VS Code with the extension
// loaded when a `code` command is on the PATH.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const built = run(process.execPath, ['scripts/build.mjs']);
if (built !== 0) process.exit(built);

const sample = process.argv[2] ?? 'samples/harbour-bridge.txt';
console.log(`\nFindings in ${sample}:\n`);
run(process.execPath, ['dist/cli.js', 'check', sample]);

const code = spawnSync('code', ['--version'], { stdio: 'ignore' });
if (code.status === 0) {
  console.log('\nOpening VS Code with the extension loaded…');
  run('code', ['--extensionDevelopmentPath', process.cwd(), 'samples', sample]);
} else {
  console.log('\n(`code` is not on the PATH: install VS Code\'s shell command to open the sample with the extension loaded.)');
}
