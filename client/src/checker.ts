import * as vscode from 'vscode';

/** Set once the checker has been asked for a name, so that a cancelled prompt is not repeated. */
const ASKED_KEY = 'factcheck.checkerAsked';

/**
 * The `factcheck.checker` setting, when set. Otherwise the server falls back to the project
 * file's checker, and the report leaves a blank to sign: never the operating-system user.
 */
export function checkerName(): string | undefined {
  return vscode.workspace.getConfiguration('factcheck').get<string>('checker')?.trim() || undefined;
}

/**
 * The checker's name, asked for once when none is set: the ledger records it on each slot and the
 * report signs with it. Kept in the user's settings; a cancelled prompt is not shown again.
 */
export class CheckerPrompt {
  /** How often the name was asked for in this session: tests read it as a checker sees the prompt. */
  shown = 0;

  constructor(private readonly state: vscode.Memento) {}

  async askOnce(): Promise<string | undefined> {
    const known = checkerName();
    if (known || this.state.get<boolean>(ASKED_KEY)) return known;
    await this.state.update(ASKED_KEY, true);
    this.shown++;
    return askName();
  }
}

async function askName(): Promise<string | undefined> {
  const name = (
    await vscode.window.showInputBox({
      title: vscode.l10n.t('Fact-check: your name'),
      prompt: vscode.l10n.t('Recorded on each source slot and printed on the report as the checker (setting factcheck.checker). Asked once.'),
      placeHolder: vscode.l10n.t('e.g. Priya Nair'),
      ignoreFocusOut: true,
    })
  )?.trim();
  if (!name) return undefined;
  await vscode.workspace.getConfiguration('factcheck').update('checker', name, vscode.ConfigurationTarget.Global);
  return name;
}
