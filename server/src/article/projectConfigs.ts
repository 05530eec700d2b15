// The project file of each workspace folder, read once and again when it changes on disk. An
// article uses the file of the folder it lives in; untitled buffers and loose files the defaults.
import * as path from 'node:path';
import { loadProjectConfig, type ProjectConfigLoad } from '../config/loadProjectConfig';
import { DEFAULT_PROJECT_CONFIG, PROJECT_CONFIG_FILES, type ProjectConfig } from '../config/projectConfig';
import { FINDING_KINDS } from '../analysis/finding';
import { DEFAULT_SEVERITY, type FactcheckSettings } from './settings';

export interface ArticleProject {
  config: ProjectConfig;
  /** The workspace folder, when the article is in one. */
  folder?: string;
}

export class ProjectConfigs {
  private roots: string[] = [];
  private readonly loads = new Map<string, Promise<ProjectConfigLoad>>();

  setRoots(roots: string[]): void {
    // Longest first, so nested folders win over the folders that contain them.
    this.roots = [...roots].sort((a, b) => b.length - a.length);
    this.loads.clear();
  }

  folderOf(articlePath: string | undefined): string | undefined {
    return articlePath ? this.roots.find((root) => articlePath.startsWith(root + path.sep)) : undefined;
  }

  load(folder: string): Promise<ProjectConfigLoad> {
    let load = this.loads.get(folder);
    if (!load) {
      load = loadProjectConfig(folder);
      this.loads.set(folder, load);
    }
    return load;
  }

  async forArticle(articlePath: string | undefined): Promise<ArticleProject> {
    const folder = this.folderOf(articlePath);
    if (!folder) return { config: DEFAULT_PROJECT_CONFIG };
    const load = await this.load(folder);
    return { config: load.ok ? load.config : DEFAULT_PROJECT_CONFIG, folder };
  }

  /** The folder whose project file this is, when `file` is one; its cached load is dropped. */
  invalidate(file: string): string | undefined {
    const isProjectFile = (PROJECT_CONFIG_FILES as readonly string[]).includes(path.basename(file));
    const folder = isProjectFile ? this.roots.find((root) => path.dirname(file) === root) : undefined;
    if (folder) this.loads.delete(folder);
    return folder;
  }

  folders(): string[] {
    return this.roots;
  }
}

/**
 * The project file sets the team's severity per kind; a kind the user moved away from its default
 * in VS Code keeps the user's choice.
 */
export function withProjectSeverity(settings: FactcheckSettings, config: ProjectConfig): FactcheckSettings {
  const severity = { ...settings.severity };
  for (const kind of FINDING_KINDS) {
    const team = config.severity[kind];
    if (team && severity[kind] === DEFAULT_SEVERITY[kind]) severity[kind] = team;
  }
  return { ...settings, severity };
}
