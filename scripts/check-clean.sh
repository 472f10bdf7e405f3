#!/usr/bin/env bash
# A clean checkout stays clean: setup (npm install, CLI build) must not change any tracked file
# — e.g. package-lock.json rewritten by npm install. Untracked build outputs are git-ignored
# and not looked at.
#   scripts/check-clean.sh --record   before setup: note the tracked files' state
#   scripts/check-clean.sh            after setup: fail, naming the files, if setup changed any
# Without a record (a fresh clone) every change to a tracked file counts. Edits made before
# setup (a developer's work in progress) are not blamed on it.
set -uo pipefail
cd "$(dirname "$0")/.."
record=test-output/tracked-before-setup.txt
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-clean: not a git checkout; nothing to compare" >&2
  exit 0
fi
# "<hash of the file's diff against HEAD> <path>" for each tracked file that differs from HEAD.
state() {
  git diff --name-only HEAD -- | while IFS= read -r f; do
    echo "$(git diff HEAD -- "$f" | git hash-object --stdin) $f"
  done
}
if [ "${1:-}" = "--record" ]; then
  mkdir -p test-output
  state >"$record"
  exit 0
fi
before=""
[ -f "$record" ] && before="$(cat "$record")"
changed="$(comm -13 <(echo "$before" | sort) <(state | sort) | cut -d' ' -f2-)"
if [ -n "$changed" ]; then
  echo "check-clean: setup changed tracked files (commit the change or stop what rewrites them):" >&2
  echo "$changed" | sed 's/^/  /' >&2
  exit 1
fi
echo "check-clean: setup left every tracked file as it was"
