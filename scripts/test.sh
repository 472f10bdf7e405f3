#!/usr/bin/env bash
# The whole test suite, as CI runs it: setup, typecheck, lint, format, unit/integration tests, production
# build, browser end-to-end tests. Every stage runs (e2e needs the build); a summary at the
# end names the stages that failed and the exit code is non-zero if any did.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
run_stage() {
  local name="$1"; shift
  echo
  echo "==> [$name] $*"
  local start=$SECONDS
  if "$@"; then
    echo "==> [$name] passed ($((SECONDS - start)) s)"
    return 0
  fi
  echo "==> [$name] FAILED ($((SECONDS - start)) s)"
  failed+=("$name")
  return 1
}

bash scripts/check-clean.sh --record
run_stage setup bash scripts/setup.sh --test || { echo "test.sh: setup failed; nothing else can run" >&2; exit 1; }
run_stage clean-checkout bash scripts/check-clean.sh
run_stage typecheck npx tsc --noEmit -p tsconfig.json
run_stage lint npm run --silent lint
run_stage format npm run --silent format:check
mkdir -p test-output
rm -f test-output/jest-unit.json test-output/jest-e2e.json
run_stage unit npx jest --ci --json --outputFile=test-output/jest-unit.json
if run_stage build npm run build; then
  run_stage e2e bash scripts/e2e.sh --json --outputFile=test-output/jest-e2e.json
else
  echo "==> [e2e] skipped: the build failed"
  failed+=("e2e (skipped)")
fi

echo
if [ "${#failed[@]}" -gt 0 ]; then
  echo "test.sh: FAILED stages: ${failed[*]}"
else
  echo "test.sh: all stages passed (setup, clean-checkout, typecheck, lint, format, unit, build, e2e)"
fi
# One plain closing line with the test counts of both Jest runs (unit + e2e).
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of ["test-output/jest-unit.json", "test-output/jest-e2e.json"]) {
    if (!fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests || 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
'
[ "${#failed[@]}" -eq 0 ]
