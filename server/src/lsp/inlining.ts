// TurboFan compiles the server's hot functions without inlining what they call. The loops a
// keystroke runs over every paragraph, finding and diagnostic (placing, numbering, building and
// joining the diagnostics) become hot on the first keystrokes after an article opens, and with
// inlining each was compiled into one large graph: at 20k words of news the first ten keystrokes
// spent about 330 ms of CPU between them, mostly those compilations on V8's background threads,
// which on two cores took a core from the keystroke itself (bench/README.md, "3 December: the
// first keystrokes"). Without inlining they cost about 210 ms, and later keystrokes and the
// opening itself no more than before. Imported first by server.ts, before anything is compiled.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
