// Waiting on what VS Code reports, never on the clock: event-driven where VS Code has an event,
// otherwise polling until the answer is there, with a deadline that names what was awaited.
import * as vscode from 'vscode';
import { FACTCHECK_SOURCE } from './extension';

export const FIRST_DIAGNOSTICS_MS = 90_000;
const POLL_MS = 50;

export function factcheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === FACTCHECK_SOURCE);
}

/**
 * Resolves with the factcheck diagnostics of `uri` once `accept` holds for them, checking now and
 * on every onDidChangeDiagnostics for that document.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = FIRST_DIAGNOSTICS_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = factcheckDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const last = factcheckDiagnostics(uri).map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString()}; last: [${last.join(', ')}]`));
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Polls `probe` until it returns something other than undefined. */
export async function poll<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Awaits a command that asks through VS Code's picker, taking the picker's first choice (and
 * Enter on any input box after it) until the command settles.
 */
export async function answeringPickers<T>(running: Thenable<T>, what: string): Promise<T> {
  let settled = false;
  running.then(
    () => (settled = true),
    () => (settled = true),
  );
  await poll(async () => {
    if (settled) return true;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return undefined;
  }, what);
  return running;
}
