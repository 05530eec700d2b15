// Keeps the fact-check server up: restarts it after a crash (up to CrashCounter's limit), logs
// its last error in the output, and after the last allowed crash tells the user what happened,
// with Restart and Show log, instead of leaving the features silently gone.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/node';
import * as readline from 'node:readline';
import { CRASH_WINDOW_MS, CrashCounter, LogTail } from './serverCrashes';

export interface ServerWatch {
  errorHandler: ErrorHandler;
  stdioOptions: NonNullable<LanguageClientOptions['stdioOptions']>;
}

export function watchServer(client: () => LanguageClient): ServerWatch {
  const crashes = new CrashCounter();
  const tail = new LogTail();
  const log = (line: string) => client().outputChannel.error(line);
  const errorHandler: ErrorHandler = {
    // Messages sent between a crash and its close fail to write; shutting down on them would
    // skip the restart, so the close alone decides.
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const lastError = tail.lastError();
      const minutes = CRASH_WINDOW_MS / 60_000;
      if (crashes.record() === 'restart') {
        log(
          lastError
            ? vscode.l10n.t('The fact-check server stopped ({0}); restarting it (crash {1} in {2} minutes).', lastError, crashes.recent, minutes)
            : vscode.l10n.t('The fact-check server stopped; restarting it (crash {0} in {1} minutes).', crashes.recent, minutes),
        );
        return { action: CloseAction.Restart, handled: true };
      }
      const message = lastError
        ? vscode.l10n.t('The fact-check server crashed {0} times in {1} minutes and was not restarted. Last error: {2}', crashes.recent, minutes, lastError)
        : vscode.l10n.t('The fact-check server crashed {0} times in {1} minutes and was not restarted', crashes.recent, minutes);
      log(`${message}\n${tail.text()}`);
      const restart = vscode.l10n.t('Restart');
      const showLog = vscode.l10n.t('Show log');
      void vscode.window.showErrorMessage(message, restart, showLog).then((choice) => {
        if (choice === restart) {
          crashes.reset();
          void client().start();
        }
        if (choice === showLog) client().outputChannel.show();
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
  const stdioOptions: ServerWatch['stdioOptions'] = {
    stdout: (input, channel) => readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => channel.info(line)),
    stderr: (input, channel) =>
      readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => {
        tail.add(line);
        channel.error(line);
      }),
  };
  return { errorHandler, stdioOptions };
}
