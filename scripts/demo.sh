#!/usr/bin/env bash
# Demo on a fresh machine: installs npm packages, compiles the CLI and runs `mtqg demo`,
# which writes sample workbooks, validation reports and appendices into demo-output/.
# Extra arguments go to `mtqg demo` (e.g. --out another-dir).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
npm run build:cli --silent
out=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--out" ] && [ $((i + 1)) -lt ${#args[@]} ]; then out="${args[$((i + 1))]}"; fi
done
# The default demo-output/ is the demo's own (git-ignored) folder: rewritten on every run.
if [ -z "$out" ]; then out="demo-output"; args=(--out "$out" --force "${args[@]}"); fi
node bin/mtqg.js demo "${args[@]}"
echo "demo.sh: output is in $(cd "$out" 2>/dev/null && pwd || echo "$out")"
