// The extension under test as VS Code sees it, and the fixture workspace the launcher opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'factcheck-desk.factcheck-annotations';
export const FACTCHECK_SOURCE = 'factcheck';

export async function activateExtension(): Promise<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this VS Code`);
  return extension.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openArticle(...segments: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Closes every editor without a save prompt: a modal dialog would hang the run, since nobody is
 * there to answer it. Unsaved changes (untitled drafts, test edits) are reverted first.
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
