// Names shared by the client and the server: commands, requests and their payloads. Typed once here
// and imported by both sides.

/** Commands the server executes (workspace/executeCommand); hovers may link to these only. */
export const ServerCommands = {
  attachSource: 'factcheck.attachSource',
  setVerdict: 'factcheck.setVerdict',
  addNote: 'factcheck.addNote',
  dismiss: 'factcheck.dismiss',
  reopen: 'factcheck.reopen',
} as const;

/** Every command of this extension; the allow-list for trusted command links in hovers. */
export const EXTENSION_COMMAND_PREFIX = 'factcheck.';

/** Identifies a finding in a document for commands and code actions. */
export interface FindingRef {
  uri: string;
  findingId: string;
}
