import * as vscode from 'vscode';

/**
 * The `factcheck.checker` setting, when set. Otherwise the server falls back to the project
 * file's checker, then to the operating-system user.
 */
export function checkerName(): string | undefined {
  return vscode.workspace.getConfiguration('factcheck').get<string>('checker') || undefined;
}
