// Finds and reads the project file at the root of one workspace folder. Multi-root workspaces
// call this once per folder: each folder has its own file.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PROJECT_CONFIG, PROJECT_CONFIG_FILES, type ProjectConfig } from './projectConfig';
import { parseProjectConfig, type ConfigProblem } from './parseProjectConfig';

export type ProjectConfigLoad =
  /** `file` is undefined when the folder has no project file (the defaults apply). */
  | { ok: true; config: ProjectConfig; file?: string }
  /** The file is wrong: show `problems` on it and carry on with DEFAULT_PROJECT_CONFIG. */
  | { ok: false; file: string; problems: ConfigProblem[] };

export async function loadProjectConfig(folderPath: string): Promise<ProjectConfigLoad> {
  const present: string[] = [];
  for (const name of PROJECT_CONFIG_FILES) {
    const file = join(folderPath, name);
    if (await isFile(file)) present.push(file);
  }
  if (present.length === 0) return { ok: true, config: structuredClone(DEFAULT_PROJECT_CONFIG) };
  const [file, ...others] = present;
  if (others.length > 0) {
    const message = `Found ${present.length} project files (${present.map((p) => p.slice(folderPath.length + 1)).join(', ')}); keep only one`;
    return { ok: false, file, problems: [{ line: 0, character: 0, key: '', message }] };
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, file, problems: [{ line: 0, character: 0, key: '', message: `Cannot read the project file: ${(error as Error).message}` }] };
  }
  const parsed = parseProjectConfig(text, file);
  return parsed.ok ? { ok: true, config: parsed.config, file } : { ok: false, file, problems: parsed.problems };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

/** True for a workspace folder's project file, which must not be taken for an article's sidecar. */
export function isProjectConfigFile(path: string, folderPath: string): boolean {
  return PROJECT_CONFIG_FILES.some((name) => join(folderPath, name) === path);
}
