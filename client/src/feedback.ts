// What a checker is told after an edit: one line naming what was done to which claim, in the
// status bar and as a notification with Undo. The last edit's undo steps are kept here, so Undo
// (the button or the factcheck.undoLastEdit command) puts the slots back as they were.
import * as vscode from 'vscode';
import type { FindingRef, SlotEdit } from '../../server/src/protocol';

/** The edits that put one slot back, in order. */
export interface UndoStep {
  ref: FindingRef;
  edits: SlotEdit[];
}

export class Feedback {
  /** The last thing said, for tests and for the Undo that follows it. */
  last: { message: string; undo: UndoStep[] } | undefined;

  constructor(private readonly send: (ref: FindingRef, edit: SlotEdit) => Promise<boolean>) {}

  /** Says what was done; offers Undo when there is something to undo. */
  done(message: string, undo: UndoStep[] = []): void {
    this.last = { message, undo };
    vscode.window.setStatusBarMessage(`$(check) ${message}`, 8000);
    if (!undo.length) {
      void vscode.window.showInformationMessage(message);
      return;
    }
    const undoLabel = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(message, undoLabel).then((choice) => {
      if (choice === undoLabel && this.last?.message === message) void this.undo();
    });
  }

  /** Undoes the last edit, slot by slot in reverse order; false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    const last = this.last;
    if (!last?.undo.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Fact-check: nothing to undo.'));
      return false;
    }
    this.last = undefined;
    let ok = true;
    for (const step of [...last.undo].reverse()) {
      for (const edit of step.edits) ok = (await this.send(step.ref, edit)) && ok;
    }
    vscode.window.setStatusBarMessage(`$(discard) ${vscode.l10n.t('Undone: {0}', last.message)}`, 8000);
    return ok;
  }
}
