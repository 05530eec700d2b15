#!/usr/bin/env node
// The bundled server lives in dist/ at the repository root; `npm run build` makes it.
require("../../dist/server.js");
