import * as os from 'node:os';
import * as vscode from 'vscode';

/** Who is checking: the `factcheck.checker` setting, else the operating-system user. */
export function checkerName(): string {
  const configured = vscode.workspace.getConfiguration('factcheck').get<string>('checker');
  if (configured) return configured;
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
