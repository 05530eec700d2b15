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
    // A few failed messages in a row are a hiccup; more, and the connection is gone.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const lastError = tail.lastError();
      if (crashes.record() === 'restart') {
        log(`The fact-check server stopped${lastError ? ` (${lastError})` : ''}; restarting it (crash ${crashes.recent} in ${CRASH_WINDOW_MS / 60_000} minutes).`);
        return { action: CloseAction.Restart, handled: true };
      }
      const message = `The fact-check server crashed ${crashes.recent} times in ${CRASH_WINDOW_MS / 60_000} minutes and was not restarted${lastError ? `. Last error: ${lastError}` : ''}`;
      log(`${message}\n${tail.text()}`);
      void vscode.window.showErrorMessage(message, 'Restart', 'Show log').then((choice) => {
        if (choice === 'Restart') {
          crashes.reset();
          void client().start();
        }
        if (choice === 'Show log') client().outputChannel.show();
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
