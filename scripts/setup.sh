#!/usr/bin/env bash
# Installs what the project needs on a fresh machine. `--test` also installs the system
# packages the tests use (Chromium for browser tests, LibreOffice Calc for recalculation).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
[ -f build/cli/main.js ] || npm run build:cli
