#!/usr/bin/env bash
# Browser end-to-end tests: builds dist/ when missing or older than its sources, then runs
# tests/e2e/*.e2e.test.ts in headless Chromium (installed with apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x /usr/bin/chromium ] || bash scripts/setup.sh --browser

if [ ! -f dist/taskpane.html ] || [ -n "$(find src assets manifest.xml webpack.config.js -newer dist/taskpane.html -print -quit 2>/dev/null)" ]; then
  echo "e2e.sh: dist/ is missing or stale; building (npm run build)"
  npm run build
fi

npx jest -c jest.e2e.config.js --ci "$@"
