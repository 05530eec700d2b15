// `factcheck`'s entry (dist/cli.js): the CLI's bundle run from V8's code cache beside it. On a
// one-line file, most of a cold run was V8 compiling the functions a check calls.
import { join } from 'node:path';
import { runCached } from './cli/codeCache';
import { setColdRunFlags } from './cli/coldRunFlags';

setColdRunFlags();
runCached(join(__dirname, 'cli-bundle.js'), join(__dirname, 'cli-bundle.cache'));
