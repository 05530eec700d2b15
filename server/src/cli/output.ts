/** Where a CLI command writes; injected so commands can be tested without a process. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
