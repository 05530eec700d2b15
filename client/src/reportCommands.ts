// Export report and Preview report. Export asks for the scope and the format, writes the file
// beside the article (or where the user chooses) and opens it; HTML opens in the preview.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, ReportRequest, type ReportFormat, type ReportParams } from '../../server/src/protocol';
import { checkerName, type CheckerPrompt } from './checker';
import { ARTICLE_SELECTOR } from './languageClient';
import type { ReportPreview } from './reportPreview';

/** The report formats, in the order the picker offers them. */
function formats(): { label: string; description: string; extension: string; format: ReportFormat }[] {
  return [
    { format: 'html', label: 'HTML', description: vscode.l10n.t('for the desk editor: readable on screen and in print'), extension: 'html' },
    { format: 'md', label: 'Markdown', description: vscode.l10n.t('summary table and every finding'), extension: 'md' },
    { format: 'csv', label: 'CSV', description: vscode.l10n.t('one row per finding, for a spreadsheet'), extension: 'csv' },
    { format: 'json', label: 'JSON', description: vscode.l10n.t('the versioned report model'), extension: 'json' },
    { format: 'claimreview', label: 'ClaimReview JSON-LD', description: vscode.l10n.t('schema.org markup for published fact-checks'), extension: 'jsonld' },
  ];
}

const ARTICLE_GLOB = '**/*.{txt,md,markdown,html,htm}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/*.factcheck-report.*}';

export interface ExportOptions {
  scope?: 'article' | 'workspace';
  format?: ReportFormat;
  /** Where to write; by default beside the article (or at the workspace root). */
  output?: string;
  /** Skips opening the result (scripts, tests). */
  open?: boolean;
}

/** A document the language server analyses (the client's document selector). */
function isArticle(document: vscode.TextDocument): boolean {
  return ARTICLE_SELECTOR.some((entry) => entry.language === document.languageId);
}

async function articlesInScope(scope: 'article' | 'workspace'): Promise<vscode.Uri[]> {
  if (scope === 'article') {
    const document = vscode.window.activeTextEditor?.document;
    return document && isArticle(document) ? [document.uri] : [];
  }
  const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, 5000);
  return files.sort((a, b) => a.toString().localeCompare(b.toString()));
}

function defaultTarget(scope: 'article' | 'workspace', uris: vscode.Uri[], extension: string): vscode.Uri {
  if (scope === 'article' && uris[0].scheme === 'file') return uris[0].with({ path: `${uris[0].path}.factcheck-report.${extension}` });
  const root = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(uris[0], '..');
  return vscode.Uri.joinPath(root, `factcheck-report.${extension}`);
}

export function registerReportCommands(client: LanguageClient, preview: ReportPreview, checkerPrompt: CheckerPrompt): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ClientCommands.exportReport, async (options: ExportOptions = {}) => {
      const scope =
        options.scope ??
        (
          await vscode.window.showQuickPick(
            [
              { label: vscode.l10n.t('This article'), scope: 'article' as const },
              { label: vscode.l10n.t('Every article in the workspace'), scope: 'workspace' as const },
            ],
            { title: vscode.l10n.t('Export fact-check report') },
          )
        )?.scope;
      if (!scope) return undefined;
      const uris = await articlesInScope(scope);
      if (!uris.length) {
        void vscode.window.showWarningMessage(scope === 'article' ? vscode.l10n.t('Fact-check: open an article first.') : vscode.l10n.t('Fact-check: no articles in this workspace.'));
        return undefined;
      }
      const chosen = options.format ? formats().find((f) => f.format === options.format) : await vscode.window.showQuickPick(formats(), { title: vscode.l10n.t('Report format') });
      if (!chosen) return undefined;
      let target = options.output ? vscode.Uri.file(options.output) : defaultTarget(scope, uris, chosen.extension);
      if (!options.output && options.open !== false) {
        const where = await vscode.window.showQuickPick([{ label: vscode.l10n.t('Save as {0}', vscode.workspace.asRelativePath(target)) }, { label: vscode.l10n.t('Choose location…'), choose: true }], { title: vscode.l10n.t('Where to save the report') });
        if (!where) return undefined;
        if ('choose' in where) {
          const picked = await vscode.window.showSaveDialog({ defaultUri: target, filters: { [chosen.label]: [chosen.extension] } });
          if (!picked) return undefined;
          target = picked;
        }
      }
      // The report is signed: ask for the name once when it was asked for interactively.
      const checker = options.format ? checkerName() : await checkerPrompt.askOnce();
      const params: ReportParams = { uris: uris.map((u) => u.toString()), format: chosen.format, checker };
      const result = await client.sendRequest(ReportRequest, params);
      if (!result.content) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Fact-check: no report: {0}', result.problems.join('; ')));
        return undefined;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
      const where = vscode.workspace.asRelativePath(target);
      if (result.problems.length) void vscode.window.showWarningMessage(vscode.l10n.t('Fact-check: report written to {0}, with problems: {1}', where, result.problems.join('; ')));
      else if (options.open === false) void vscode.window.showInformationMessage(vscode.l10n.t('Fact-check: report written to {0}', where));
      else vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Fact-check: report written to {0}', where)}`, 8000);
      if (options.open !== false) {
        if (chosen.format === 'html') await preview.show(params.uris, vscode.l10n.t('Fact-check report'));
        else await vscode.window.showTextDocument(target, { preview: false });
      }
      return target.toString();
    }),
    vscode.commands.registerCommand(ClientCommands.previewReport, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !isArticle(document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Fact-check: open an article to preview its report.'));
        return;
      }
      await preview.show([document.uri.toString()], vscode.l10n.t('Report: {0}', vscode.workspace.asRelativePath(document.uri)));
    }),
  ];
}
