#!/usr/bin/env node
// The bundled CLI lives in dist/ at the repository root; `npm run build` makes it.
require("../../dist/cli.js");
