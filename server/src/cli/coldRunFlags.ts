// V8's tiering is tuned for code that runs for a long time; a check runs the analysis once, cold.
// Set before the bundle is compiled, so that the code cache is written and read under the same
// flags (V8 refuses a cache made under others).
import { setFlagsFromString } from 'node:v8';

/**
 * - `--no-regexp-tier-up`: V8 first compiles a regular expression to bytecode (with a peephole
 *   pass that is slow on large patterns) and on its second use compiles it again to machine code.
 *   The analysis meets some 460 patterns once per run, so compiling each once, to machine code,
 *   costs a quarter of what the two compilations did.
 * - `--interrupt-budget`: how much a function runs before it is optimised, 12 times the default.
 *   Fewer functions are optimised, later, with their types known: less optimising work on other
 *   threads, and fewer optimisations undone and redone.
 */
export const COLD_RUN_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=800000'];

export function setColdRunFlags(): void {
  for (const flag of COLD_RUN_FLAGS) setFlagsFromString(flag);
}
