// Where `factcheck report -o` may write, and how. A report written over its own article, a
// symbolic link to it, its sidecar or the project file would destroy the work it reports on, so
// those are refused by real path (reportCommand then replaces the output atomically, so a failed
// run leaves the old file whole).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { articlePathForSidecar, sidecarPathFor } from '../ledger/sidecarFormat';
import { PROJECT_CONFIG_FILES } from '../config/projectConfig';

/** Why the report must not be written to `output`, or undefined. `inputs` are the article paths given. */
export async function reportOutputProblem(output: string, inputs: readonly string[], projectFolder: string): Promise<string | undefined> {
  const folder = path.dirname(path.resolve(output));
  const folderStat = await fs.stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) return `cannot write ${output}: the folder ${folder} does not exist`;
  const outputStat = await fs.stat(output).catch(() => undefined);
  if (outputStat?.isDirectory()) return `cannot write ${output}: it is a folder; give a file name`;
  if (articlePathForSidecar(path.basename(output)) !== undefined) return `refusing to write the report to ${output}: that name is a sidecar's (<article>.factcheck.json)`;
  const target = await realPath(output);
  const protectedFiles: { file: string; what: string }[] = PROJECT_CONFIG_FILES.map((name) => ({ file: path.join(projectFolder, name), what: 'the project file' }));
  for (const input of inputs) {
    protectedFiles.push({ file: input, what: 'an article the report is made from' }, { file: sidecarPathFor(input), what: `the ledger of ${input}` });
    // An article given by a symbolic link: the sidecar beside the real file is kept safe too.
    protectedFiles.push({ file: sidecarPathFor(await realPath(input)), what: `the ledger of ${input}` });
  }
  for (const { file, what } of protectedFiles) {
    if ((await realPath(file)) === target) return `refusing to write the report to ${output}: it is ${what}`;
  }
  return undefined;
}

/** The path with every link followed; for a file not there yet, its folder's real path and its name. */
async function realPath(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    const folder = await fs.realpath(path.dirname(path.resolve(file))).catch(() => path.dirname(path.resolve(file)));
    return path.join(folder, path.basename(file));
  }
}
