// The server's heap grows by 30 % over what survived the last full collection, where V8 by default
// grows a small heap up to fourfold: typing in a long article makes tens of megabytes of garbage a
// second (each publish's message above all) that the server would otherwise keep, not use.
// Imported first by server.ts, so the flag holds before the first document is read. The young
// generation's size can only be set as Node starts (SERVER_NODE_OPTIONS, protocol.ts).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=30');
