#!/usr/bin/env -S node --max-semi-space-size=8
// The bundled server lives in dist/ at the repository root; `npm run build` makes it. The Node
// options on the first line are SERVER_NODE_OPTIONS (server/src/protocol.ts): they must be given
// when Node starts.
require("../../dist/server.js");
