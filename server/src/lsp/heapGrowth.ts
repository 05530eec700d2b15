// The server's heap grows by 30 % over what survived the last full collection, where V8 by default
// grows a small heap up to fourfold: typing in a long article makes tens of megabytes of garbage a
// second (each publish's message above all) that the server would otherwise keep, not use.
// Nor does V8 allocate objects straight in the old generation where those made at the same place
// survived (allocation-site pretenuring): the findings, claims and diagnostics made when an article
// opens all survive, so those made again on each keystroke, garbage by the next, went straight to the
// old generation too and brought a mark-compact every dozen keystrokes (`npm run bench -- --tail`).
// Imported first by server.ts, so the flags hold before the first document is read. The young
// generation's size can only be set as Node starts (SERVER_NODE_OPTIONS, protocol.ts).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=30');
setFlagsFromString('--no-allocation-site-pretenuring');
